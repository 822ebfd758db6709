package com.closingset.pipeline;

import com.closingset.layout.SetLayout;
import com.closingset.deal.DealFile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build does only what changed since the build that wrote the output folder: nothing at all when
 * nothing changed, and only the PDFs whose Markdown changed otherwise, with the same bytes as a
 * build from nothing.
 */
class IncrementalBuildTest {
    private static final String DEAL = "capstone-2007";

    @TempDir
    static Path tmp;
    private static Path templates;
    private static Path changedTemplates;
    /** The set built from nothing with the changed press release: what an incremental build must equal. */
    private static Map<String, String> changedFromNothing;

    @BeforeAll
    static void templates() throws Exception {
        templates = copy(TestBuilds.TEMPLATES, tmp.resolve("templates"));
        changedTemplates = copy(TestBuilds.TEMPLATES, tmp.resolve("changed-templates"));
        Path release = changedTemplates.resolve("registered-direct/ex-99.2-press-release-results.md.ftl");
        Files.writeString(release, Files.readString(release).replaceFirst("(?m)^# ", "# Updated: "));
        Path out = tmp.resolve("from-nothing");
        run(changedTemplates, out, "0.1.0");
        changedFromNothing = contents(out.resolve(DEAL));
    }

    @Test
    void aSecondBuildWithNothingChangedWritesNoFile() throws Exception {
        Path out = tmp.resolve("no-op");
        assertThat(run(templates, out, "0.1.0").upToDate()).isFalse();
        Map<String, String> before = identities(out);

        IncrementalBuild.Outcome again = run(templates, out, "0.1.0");

        assertThat(again.upToDate()).isTrue();
        assertThat(again.pdfsDrawn()).isZero();
        assertThat(again.documents()).isEqualTo(17);
        assertThat(again.pages()).isEqualTo(194);
        assertThat(identities(out)).isEqualTo(before);
    }

    @Test
    void aChangedTemplateRedrawsOnlyItsDocumentAndTheBinderWithTheBytesOfABuildFromNothing() throws Exception {
        Path out = tmp.resolve("one-change");
        run(templates, out, "0.1.0");
        Map<String, String> before = identities(out);

        IncrementalBuild.Outcome outcome = run(changedTemplates, out, "0.1.0");

        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.pdfsDrawn()).as("the changed press release and the binder").isEqualTo(2);
        assertThat(contents(out.resolve(DEAL))).isEqualTo(changedFromNothing);
        Map<String, String> after = identities(out);
        // An unchanged PDF is the previous build's file itself (the same inode), not a copy.
        assertThat(after.get(DEAL + "/8-k.pdf")).isEqualTo(before.get(DEAL + "/8-k.pdf"));
        assertThat(after.get(DEAL + "/ex-99.2-press-release-results.pdf"))
                .isNotEqualTo(before.get(DEAL + "/ex-99.2-press-release-results.pdf"));
    }

    @Test
    void aPdfChangedOnDiskIsDrawnAgainRatherThanKept() throws Exception {
        Path out = tmp.resolve("tampered");
        run(changedTemplates, out, "0.1.0");
        Path pdf = out.resolve(DEAL).resolve("ex-4.1-warrant.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 2] ^= 1;
        Files.write(pdf, bytes);

        IncrementalBuild.Outcome outcome = run(changedTemplates, out, "0.1.0");

        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.pdfsDrawn()).isEqualTo(1);
        assertThat(contents(out.resolve(DEAL))).isEqualTo(changedFromNothing);
    }

    @Test
    void anotherEngineDrawsEveryPdfAgain() throws Exception {
        Path out = tmp.resolve("engine");
        run(changedTemplates, out, "0.1.0");

        IncrementalBuild.Outcome outcome = run(changedTemplates, out, "0.2.0");

        assertThat(outcome.pdfsDrawn()).as("17 documents and the binder").isEqualTo(18);
    }

    @Test
    void aFolderRenamedByHandIsNotTakenForTheDealsOutput() throws Exception {
        Path out = tmp.resolve("renamed");
        run(templates, out, "0.1.0");
        Files.move(out.resolve(DEAL), out.resolve("kept-aside"));

        IncrementalBuild.Outcome outcome = run(templates, out, "0.1.0");

        assertThat(outcome.upToDate()).isFalse();
        assertThat(out.resolve(DEAL).resolve("8-k.pdf")).exists();
    }

    @Test
    void theBuildRecordIsNotPartOfTheClosingSet() throws Exception {
        Path out = tmp.resolve("record");
        run(templates, out, "0.1.0");
        Path folder = out.resolve(DEAL);
        assertThat(folder.resolve(SetLayout.BUILD_RECORD)).exists();
        assertThat(Files.readString(folder.resolve(SetLayout.CHECKSUMS))).doesNotContain(SetLayout.BUILD_RECORD);
        assertThat(BuildRecord.read(folder)).get().satisfies(r -> assertThat(r.describes(folder)).isTrue());
        Files.writeString(folder.resolve("notes.txt"), "a file no build wrote");
        assertThat(BuildRecord.read(folder).get().describes(folder)).isFalse();
    }

    private static IncrementalBuild.Outcome run(Path templatesDir, Path out, String version) throws Exception {
        IncrementalBuild build = new IncrementalBuild(templatesDir, new OutputFolder(out), Optional.empty(), version);
        List<IncrementalBuild.Outcome> outcomes = build.run(
                List.of(new DealFile(TestBuilds.CAPSTONE, "deal/capstone-2007.yaml")), BuildProgress.NONE);
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }

    /** Each file of the output folder (the folders too) by inode and modification time: what a write changes. */
    private static Map<String, String> identities(Path out) throws IOException {
        Map<String, String> ids = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (OutputLock.isLockFile(p)) {
                    // Not output: every build, with work or not, writes its process id there while it holds the folder.
                    continue;
                }
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                ids.put(out.relativize(p).toString(), a.fileKey() + " " + a.lastModifiedTime());
            }
        }
        return ids;
    }

    /** The closing set's files by name, each as its SHA-256; the build record is not one of them. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : (Iterable<Path>) list::iterator) {
                if (!p.getFileName().toString().equals(SetLayout.BUILD_RECORD)) {
                    files.put(p.getFileName().toString(), Pipeline.sha256(Files.readAllBytes(p)));
                }
            }
        }
        return files;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
