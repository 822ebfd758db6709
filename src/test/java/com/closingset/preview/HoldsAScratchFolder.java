package com.closingset.preview;

import java.nio.file.Path;

/** Stands for a serve in another process: makes a scratch folder, prints where, and holds it until killed. */
final class HoldsAScratchFolder {
    private HoldsAScratchFolder() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = new PreviewScratch(Path.of(args[0])).make(args[1]);
        System.out.println(folder);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
