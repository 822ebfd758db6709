package com.closingset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A test's program run in a JVM of its own, with a heap of its own: what fits in memory is the question. */
public final class ChildJvm {
    /** What the program printed (output and errors together), and how it ended. */
    public record Ended(String output, int exitValue) {
    }

    private ChildJvm() {
    }

    /** Runs {@code main} with {@code args} in a heap of {@code heap} (as -Xmx takes it), its output into {@code log}. */
    public static Ended run(String heap, Class<?> main, Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // A generous bound only so that a hang cannot stall the build.
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError(main.getSimpleName() + " did not end within 5 minutes");
        }
        return new Ended(Files.readString(log), child.exitValue());
    }
}
