package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.DealFixture;
import com.closingset.layout.SetLayout;
import com.closingset.pipeline.OutputLock;
import com.closingset.pipeline.Pipeline;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project home for tests that run the command line in child JVMs: the Capstone deal, and the
 * templates with only the short documents generated (the rest stay exhibits the 8-K lists), so each
 * build is seconds: what such tests exercise is the writing, not the drawing.
 */
public final class ShortSetHome {
    public static final String DEAL = "capstone-2007";
    /**
     * The JVM flags {@code ./closingset} runs the command line with (C1 alone, the serial collector),
     * which the child JVMs take too: they run as a user's do, and a short-lived one ends in about two
     * thirds of the time the JVM's defaults take on 2 cores (KilledBuildTest and OneBuildAtATimeTest:
     * 78 s against 50 s). {@code LauncherArchiveTest} keeps the two the same.
     */
    static final List<String> LAUNCHERS_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final List<String> GENERATED = List.of(
            "8-k", "ex-5.3-opinion", "ex-99.1-press-release-offering", "ex-99.2-press-release-results");

    private ShortSetHome() {
    }

    /** The Capstone deal file as committed. */
    public static String capstone() throws IOException {
        return Files.readString(Path.of("deal/" + DEAL + ".yaml"));
    }

    /** The Capstone deal with another price per unit; fails if the deal no longer states 1.14 to replace. */
    public static String capstoneAt(String price) throws IOException {
        String deal = capstone();
        if (!deal.contains("price_per_unit: 1.14")) {
            throw new IllegalStateException("deal/" + DEAL + ".yaml no longer has price_per_unit: 1.14 to replace");
        }
        return deal.replace("price_per_unit: 1.14", "price_per_unit: " + price);
    }

    /**
     * A deal folder's closing set: each file's name to its SHA-256, the build record and the lock
     * (a build's own, not the set's) left out; empty when the folder is missing.
     */
    static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> listed = Files.list(folder)) {
            for (Path f : listed.toList()) {
                if (!f.getFileName().toString().equals(SetLayout.BUILD_RECORD) && !OutputLock.isLockFile(f)) {
                    files.put(f.getFileName().toString(), Pipeline.sha256(Files.readAllBytes(f)));
                }
            }
        }
        return files;
    }

    public static Path make(Path home, String deal) throws IOException {
        Files.createDirectories(home.resolve("deal"));
        Files.writeString(home.resolve("deal/" + DEAL + ".yaml"), deal);
        Path templates = DealFixture.copyTemplates(home.resolve("templates")).resolve("registered-direct");
        Files.writeString(templates.resolve("manifest.yaml"), shortDocumentsOnly(Files.readString(templates.resolve("manifest.yaml"))));
        return home;
    }

    /** Drops each investor's documents and makes the other long ones listed-only exhibits. */
    private static String shortDocumentsOnly(String manifest) {
        int start = manifest.indexOf("\ndocuments:\n");
        String[] entries = manifest.substring(start).split("\n(?=  - id: )");
        StringBuilder kept = new StringBuilder(manifest.substring(0, start));
        for (String entry : entries) {
            Matcher id = Pattern.compile("^  - id: (\\S+)").matcher(entry);
            if (entry.contains("for_each:")) {
                continue;
            }
            if (id.find() && !GENERATED.contains(id.group(1))) {
                entry = entry.replaceAll("\n    (template|output): \\S+", "");
            }
            kept.append(entry).append('\n');
        }
        return kept.toString();
    }

    /**
     * The Capstone deal with 15 million letters ж (two bytes each, and two in a string) after its name: within the loader's
     * limit of 32 MB, and more than a heap of 128 MB can read.
     */
    static void writeCapstoneWithANameOf30Mb(Path deal) throws IOException {
        String capstone = capstone();
        int end = capstone.indexOf('\n', capstone.indexOf("  name: "));
        try (BufferedWriter out = Files.newBufferedWriter(deal, StandardCharsets.UTF_8)) {
            out.write(capstone, 0, end);
            out.write(' ');
            String million = "ж".repeat(1 << 20);
            for (int i = 0; i < 15; i++) {
                out.write(million);
            }
            out.write(capstone, end, capstone.length() - end);
        }
    }

    /**
     * The command line in a child JVM with the {@link #LAUNCHERS_FLAGS}, in {@code home}, its output and
     * errors together into {@code log}.
     */
    static Process start(Path home, Path log, String... args) throws IOException {
        return start(home, log, List.of(), args);
    }

    /**
     * The same, the child JVM given {@code jvmOptions} ({@code -Xmx128m}) instead of the launcher's
     * flags, as {@code CLOSINGSET_JAVA_OPTS} replaces them: a heap of 128 MB is 123 MB to the serial
     * collector, and the line a test expects of a user's {@code -Xmx128m} names 128.
     */
    static Process start(Path home, Path log, List<String> jvmOptions, String... args) throws IOException {
        return start(home, log, jvmOptions, Map.of(), args);
    }

    /** The same, with {@code environment} added to this process's ({@code PATH} with a folder of its own first). */
    static Process start(Path home, Path log, List<String> jvmOptions, Map<String, String> environment, String... args)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions.isEmpty() ? LAUNCHERS_FLAGS : jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dclosingset.home=" + home));
        command.add(ClosingSetCommand.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        child.environment().putAll(environment);
        return child.start();
    }

    /** Waits until the child has said {@code line}; fails if it ends first. */
    static void awaitLine(Process child, Path log, String line) throws Exception {
        while (!Files.readString(log).contains(line)) {
            assertThat(child.isAlive()).as(Files.readString(log)).isTrue();
            child.waitFor(20, TimeUnit.MILLISECONDS);
        }
    }
}
