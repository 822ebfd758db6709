package com.closingset.review;

import com.closingset.assemble.AssembledDocument;
import com.closingset.layout.SetLayout;
import com.closingset.pipeline.BuildRecord;
import com.closingset.pipeline.Pipeline;
import com.closingset.pipeline.MarkdownSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Whether a deal's folder under {@code output/} is what a build would write now, without writing
 * anything. Compared: every committed file (each document's Markdown, index.md, SHA256SUMS) and
 * the PDFs and Word files that happen to be there (they are not committed, so one absent is fine).
 *
 * <p>The Markdown is compared first, as it costs no drawing. index.md and SHA256SUMS hold every
 * PDF's hash, and only drawing every PDF (the binder too) tells those hashes exactly, so PDFs are
 * drawn only when the Markdown is current: once it differs the check has failed, and a build
 * rewrites the rest anyway. SHA256SUMS is still compared on what is known without PDFs (its file
 * names and its Markdown hashes), which settles it when those already differ.
 */
public final class OutputCheck {
    private final Pipeline pipeline;

    public OutputCheck(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Compares {@code set} with {@code root/<deal id>/}.
     *
     * @throws IOException when the folder exists but cannot be read
     */
    public OutputReport check(MarkdownSet set, Path root) throws IOException, com.closingset.assemble.AssemblyException {
        Path folder = SetLayout.dealFolder(root, set.deal().id());
        if (!Files.exists(folder)) {
            // One line for the folder rather than one for each of its files.
            return new OutputReport(set.deal().id(), folder, List.of(new OutputReport.Finding("", OutputReport.Verdict.MISSING)),
                    List.of());
        }
        SortedSet<String> built = pipeline.fileNames(set);
        SortedSet<String> present = listing(folder);
        List<OutputReport.Finding> findings = new ArrayList<>();
        present.stream().filter(n -> !built.contains(n))
                .forEach(n -> findings.add(new OutputReport.Finding(n, OutputReport.Verdict.EXTRA)));

        // Each document's Markdown is unpacked, compared and let go: a large deal's would not fit in memory at once.
        SortedMap<String, String> markdown = new TreeMap<>();
        boolean markdownCurrent = true;
        for (AssembledDocument d : set.documents()) {
            String name = SetLayout.markdown(d.output());
            markdown.put(name, d.text().sha256());
            OutputReport.Verdict v = compare(folder, present, name, d.text().utf8());
            if (v != null) {
                findings.add(new OutputReport.Finding(name, v));
                markdownCurrent = false;
            }
        }

        // What is left needs the PDFs' hashes: index.md, SHA256SUMS and the PDFs present.
        List<String> pending = new ArrayList<>();
        for (String name : List.of(SetLayout.INDEX, SetLayout.CHECKSUMS)) {
            if (!present.contains(name)) {
                findings.add(new OutputReport.Finding(name, OutputReport.Verdict.MISSING));
            } else if (name.equals(SetLayout.CHECKSUMS)
                    && !checksumsMayMatch(Files.readAllBytes(folder.resolve(name)), built, markdown)) {
                findings.add(new OutputReport.Finding(name, OutputReport.Verdict.DIFFERS));
            } else {
                pending.add(name);
            }
        }
        built.stream().filter(n -> SetLayout.isDrawn(n) && present.contains(n)).forEach(pending::add);
        // PDFs are not committed, so a fresh clone has none; but a set with some is a set a build left
        // whole, and one missing was removed since.
        if (built.stream().anyMatch(n -> SetLayout.isDrawn(n) && present.contains(n))) {
            built.stream().filter(n -> SetLayout.isDrawn(n) && !present.contains(n))
                    .forEach(n -> findings.add(new OutputReport.Finding(n, OutputReport.Verdict.MISSING)));
        }

        List<String> notCompared = List.of();
        if (!pending.isEmpty() && markdownCurrent) {
            // Built as for output/, but into a sink that compares each file as it is made and keeps only the verdict.
            ComparingSink fresh = new ComparingSink(folder, Set.copyOf(pending));
            pipeline.build(set, fresh);
            for (String name : pending) {
                if (!fresh.same(name)) {
                    findings.add(new OutputReport.Finding(name, OutputReport.Verdict.DIFFERS));
                }
            }
        } else {
            notCompared = pending;
        }
        return new OutputReport(set.deal().id(), folder, findings, notCompared);
    }

    /**
     * The folders of {@code root} that no deal of {@code dealIds} builds: a deal renamed or removed
     * leaves its old set behind. Hidden folders are a build's scratch space, not output.
     */
    public static List<String> foldersOfNoDeal(Path root, Set<String> dealIds) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(root)) {
            return listed.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && !dealIds.contains(n))
                    .sorted().toList();
        }
    }

    private static OutputReport.Verdict compare(Path folder, SortedSet<String> present, String name, byte[] fresh)
            throws IOException {
        if (!present.contains(name)) {
            return OutputReport.Verdict.MISSING;
        }
        Path file = folder.resolve(name);
        boolean same = Files.size(file) == fresh.length && Arrays.equals(Files.readAllBytes(file), fresh);
        return same ? null : OutputReport.Verdict.DIFFERS;
    }

    /**
     * False when the committed SHA256SUMS cannot equal the one a build writes, judged without PDFs:
     * a build lists every file it writes, in name order, one {@code <hash>  <name>} line each, and the
     * Markdown files' hashes ({@code markdown}: name to SHA-256) are known. True means only that the PDF
     * lines are still to compare.
     */
    static boolean checksumsMayMatch(byte[] committed, SortedSet<String> built, SortedMap<String, String> markdown) {
        // Every file but SHA256SUMS itself.
        SortedSet<String> listed = new TreeSet<>(built);
        listed.remove(SetLayout.CHECKSUMS);
        String text = new String(committed, StandardCharsets.UTF_8);
        if (!text.endsWith("\n")) {
            return false;
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length != listed.size()) {
            return false;
        }
        int i = 0;
        for (String name : listed) {
            String line = lines[i++];
            if (line.length() != 64 + 2 + name.length() || !line.endsWith("  " + name)) {
                return false;
            }
            String md = markdown.get(name);
            if (md != null && !line.startsWith(md)) {
                return false;
            }
        }
        return true;
    }

    private static SortedSet<String> listing(Path folder) throws IOException {
        SortedSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            // The build record is the building machine's note to itself, not part of the set.
            files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(SetLayout.BUILD_RECORD)).forEach(names::add);
        }
        return names;
    }
}
