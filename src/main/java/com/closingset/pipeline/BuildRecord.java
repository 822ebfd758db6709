package com.closingset.pipeline;

import com.closingset.layout.SetLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code .closingset-build} in a deal's folder: what the build that wrote the folder read and
 * wrote, so that the next build can tell what has not changed. It is written into the folder before
 * the folder is swapped in, so it always describes the files beside it. It is not part of the
 * closing set: never committed, not in SHA256SUMS, ignored by {@code check}.
 *
 * @param dealId the deal the folder is for: a folder renamed by hand is not its deal's output
 * @param inputs the whole build's inputs (see {@link BuildInputs}): equal, and the files as listed, means nothing to do
 * @param files  every file of the set: its SHA-256, size and modification time as written
 * @param drawn  every PDF drawn or reused: the hash of what it was drawn from, and its page count
 */
public record BuildRecord(String dealId, String inputs, SortedMap<String, Written> files, SortedMap<String, Drawn> drawn) {
    private static final String HEADER = "# ClosingSet build record, format 2: what the last build read and wrote here. "
            + "Not part of the closing set.";

    public BuildRecord {
        files = new TreeMap<>(files);
        drawn = new TreeMap<>(drawn);
    }

    /** A file as the build left it. */
    public record Written(String sha256, long size, String modified) {
    }

    /** A PDF: the hash of its Markdown, metadata and engine, and its pages. */
    public record Drawn(String inputs, int pages) {
    }

    /** The record in {@code folder}, if there is one this version can read; anything else is no record. */
    public static Optional<BuildRecord> read(Path folder) {
        Path file = folder.resolve(SetLayout.BUILD_RECORD);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String dealId = null;
            String inputs = null;
            SortedMap<String, Written> files = new TreeMap<>();
            SortedMap<String, Drawn> drawn = new TreeMap<>();
            for (String line : sealed(Files.readString(file, StandardCharsets.UTF_8))) {
                String kind = line.substring(0, Math.max(0, line.indexOf(' ')));
                switch (kind) {
                    case "#" -> { }
                    case "deal" -> dealId = line.split(" ", 2)[1];
                    case "inputs" -> inputs = line.split(" ", 2)[1];
                    case "file" -> {
                        String[] f = line.split(" ", 5);
                        files.put(f[4], new Written(f[1], Long.parseLong(f[2]), f[3]));
                    }
                    case "drawn" -> {
                        String[] f = line.split(" ", 4);
                        drawn.put(f[3], new Drawn(f[1], Integer.parseInt(f[2])));
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            return inputs == null || !folder.getFileName().toString().equals(dealId) ? Optional.empty()
                    : Optional.of(new BuildRecord(dealId, inputs, files, drawn));
        } catch (IOException | RuntimeException e) {
            // A record that cannot be read only costs a full build.
            return Optional.empty();
        }
    }

    /**
     * Whether {@code folder} holds exactly the files recorded, each with its recorded size and
     * modification time: what a build that would write the same bytes can leave as it is. The bytes
     * are not read; {@code closingset check} compares them.
     */
    public boolean describes(Path folder) throws IOException {
        SortedMap<String, Written> seen = new TreeMap<>();
        try (Stream<Path> listed = Files.list(folder)) {
            for (Path p : (Iterable<Path>) listed::iterator) {
                String name = p.getFileName().toString();
                if (name.equals(SetLayout.BUILD_RECORD)) {
                    continue;
                }
                Written w = files.get(name);
                if (w == null) {
                    return false;
                }
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (!a.isRegularFile() || a.size() != w.size() || !a.lastModifiedTime().toString().equals(w.modified())) {
                    return false;
                }
                seen.put(name, w);
            }
        }
        return seen.keySet().equals(files.keySet());
    }

    /** The record of the files in {@code folder} as written now, given their hashes. */
    static BuildRecord of(String dealId, String inputs, Path folder, Map<String, String> sha256, Map<String, Drawn> drawn)
            throws IOException {
        SortedMap<String, Written> files = new TreeMap<>();
        for (Map.Entry<String, String> f : sha256.entrySet()) {
            BasicFileAttributes a = Files.readAttributes(folder.resolve(f.getKey()), BasicFileAttributes.class);
            files.put(f.getKey(), new Written(f.getValue(), a.size(), a.lastModifiedTime().toString()));
        }
        return new BuildRecord(dealId, inputs, files, new TreeMap<>(drawn));
    }

    /**
     * The lines of a record whose last line seals the rest with their SHA-256; none when the seal is
     * missing or does not match. A record is only ever written whole by a build: one edited by hand,
     * or with a line copied in from another build, would vouch for files no build wrote from these
     * inputs, so it is not read, and the next build draws everything.
     */
    private static List<String> sealed(String text) {
        int last = text.lastIndexOf("\nseal ");
        if (last < 0 || !text.endsWith("\n")) {
            return List.of();
        }
        String body = text.substring(0, last + 1);
        String seal = text.substring(last + "\nseal ".length(), text.length() - 1);
        return seal.equals(Sha256.of(body.getBytes(StandardCharsets.UTF_8))) ? body.lines().toList() : List.of();
    }

    byte[] bytes() {
        String body = body();
        return (body + "seal " + Sha256.of(body.getBytes(StandardCharsets.UTF_8)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private String body() {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        s.append("deal ").append(dealId).append('\n');
        s.append("inputs ").append(inputs).append('\n');
        files.forEach((name, w) -> s.append("file ").append(w.sha256()).append(' ').append(w.size()).append(' ')
                .append(w.modified()).append(' ').append(name).append('\n'));
        drawn.forEach((name, d) -> s.append("drawn ").append(d.inputs()).append(' ').append(d.pages()).append(' ')
                .append(name).append('\n'));
        return s.toString();
    }
}
