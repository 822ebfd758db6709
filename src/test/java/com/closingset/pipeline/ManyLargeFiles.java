package com.closingset.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run as a program: puts {@code count} files of {@code mb} MB each into a staged set in {@code folder},
 * as fast as they can be made, then waits for them all to be on disk.
 */
final class ManyLargeFiles {
    private ManyLargeFiles() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int mb = Integer.parseInt(args[2]);
        Path previous = Files.createDirectories(folder.resolveSibling("previous"));
        StagedSet set = new StagedSet("many", Files.createDirectories(folder), previous);
        try {
            for (int i = 0; i < count; i++) {
                byte[] bytes = new byte[mb << 20];
                bytes[0] = (byte) i;
                set.put("file-" + i + ".md", bytes);
            }
            set.awaitFlushed();
        } finally {
            set.stop();
        }
        System.out.println("written");
    }
}
