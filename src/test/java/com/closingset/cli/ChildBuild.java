package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.pipeline.OutputLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The Capstone deal built in a JVM of its own (another JDK, another locale), and the files it wrote. */
final class ChildBuild {
    private final String what;
    private final Path out;
    private final Process process;

    private ChildBuild(String what, Path out, Process process) {
        this.what = what;
        this.out = out;
        this.process = process;
    }

    /**
     * Starts the build on {@code java} with the launcher's flags and {@code flags}, into {@code out};
     * {@code what} names it in failures.
     */
    static ChildBuild start(String what, String java, List<String> flags, Path out) throws IOException {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(ShortSetHome.LAUNCHERS_FLAGS);
        command.addAll(flags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.closingset.cli.ClosingSetCommand",
                "build", "--quiet", "deal/capstone-2007.yaml", "--out", out.toString()));
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        return new ChildBuild(what, out, process);
    }

    /** Waits for the build to succeed; every file of the set by its path under the output folder. */
    Map<String, byte[]> files() throws Exception {
        // A generous bound only so a hang cannot stall the suite.
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the build " + what + " did not finish");
        }
        assertThat(process.exitValue()).as("exit code of the build " + what).isZero();
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            // The lock file names the process that built, and the build record the folder: neither is the set.
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> !OutputLock.isLockFile(f)).toList()) {
                if (!file.getFileName().toString().equals(".closingset-build")) {
                    files.put(out.relativize(file).toString(), Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    /** The names of the files whose bytes differ between two sets of the same names. */
    static List<String> differing(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().stream().filter(name -> !java.util.Arrays.equals(a.get(name), b.get(name))).toList();
    }
}
