package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.DealFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code closingset check}: exit 0 when the output folder is what a build writes, 1 naming each stale,
 * missing or extra file, 2 on bad input; it never writes. One build is shared; each test checks its own copy.
 */
class CheckCommandTest {
    private static final String DEAL = DealFixture.VALID.toString();

    @TempDir
    static Path built;

    @TempDir
    Path dir;

    private Path out;
    private Path folder;
    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    @BeforeAll
    static void buildOnce() {
        StringWriter err = new StringWriter();
        int code = ClosingSetCommand.run(new String[] {"build", DEAL, "--out", built.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
    }

    @BeforeEach
    void copyTheBuild() throws IOException {
        out = dir.resolve("output");
        folder = out.resolve("capstone-2007");
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(built.resolve("capstone-2007"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
    }

    private int run(String... args) {
        stdout.getBuffer().setLength(0);
        stderr.getBuffer().setLength(0);
        return ClosingSetCommand.run(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    }

    private int check() {
        return run("check", DEAL, "--out", out.toString());
    }

    private String line(String file, String verdict) {
        return Home.shown(folder.resolve(file)) + ": " + verdict + System.lineSeparator();
    }

    @Test
    void aSetLeftAsideByABuildKilledMidSwapIsNamedNotTakenForCurrent() throws IOException {
        Path aside = out.resolve(".capstone-2007.old-42");
        Files.move(folder, aside);
        Map<String, String> before = snapshot(dir);
        assertThat(check()).isEqualTo(CheckCommand.STALE);
        assertThat(stdout.toString()).isEqualTo(Home.shown(folder) + ": missing" + System.lineSeparator());
        assertThat(stderr.toString()).contains(Home.shown(folder) + ": a build was killed while swapping it in; the previous set is intact in "
                + Home.shown(aside) + ", and the next closingset build puts it back");
        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void aFreshBuildIsCurrentAndCheckingItWritesNothing() throws IOException {
        Map<String, String> before = snapshot(dir);
        assertThat(check()).as(stderr.toString()).isZero();
        assertThat(stdout.toString()).isEqualTo(Home.shown(folder) + ": current" + System.lineSeparator());
        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void aHandEditedDocumentIsNamedAndTheRestIsNotDrawn() throws IOException {
        Files.writeString(folder.resolve("8-k.md"), "\nEdited by hand.\n", java.nio.file.StandardOpenOption.APPEND);
        Map<String, String> before = snapshot(dir);
        assertThat(check()).isEqualTo(1);
        assertThat(stdout.toString()).isEqualTo(line("8-k.md", "differs"));
        // index.md and SHA256SUMS hold the PDFs' and Word files' hashes; with the Markdown already stale they are said to be unchecked.
        assertThat(stderr.toString()).contains("index.md, SHA256SUMS, 18 PDFs and 17 Word files not compared")
                .contains("run closingset build");
        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void aMissingDocumentIsNamed() throws IOException {
        Files.delete(folder.resolve("warrant-03.md"));
        assertThat(check()).isEqualTo(1);
        assertThat(stdout.toString()).isEqualTo(line("warrant-03.md", "missing"));
    }

    @Test
    void aFileTheBuildDoesNotWriteIsNamedAsExtra() throws IOException {
        Files.writeString(folder.resolve("warrant-06.md"), "An investor no longer in the deal.\n");
        assertThat(check()).isEqualTo(1);
        assertThat(stdout.toString()).isEqualTo(line("warrant-06.md", "not built by this deal (extra)"));
    }

    @Test
    void aSetWithNoPdfsNorWordFilesIsAFreshCloneAndCurrent() throws IOException {
        try (java.util.stream.Stream<Path> pdfs = Files.list(folder)) {
            for (Path pdf : pdfs.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx")).toList()) {
                Files.delete(pdf);
            }
        }
        assertThat(check()).as(stderr.toString()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {".pdf", ".docx"})
    void aDrawnFileMissingFromASetThatHasTheOthersIsMissingAndADifferentOneIsStale(String kind) throws IOException {
        Files.delete(folder.resolve("ex-4.1-warrant" + kind));
        Files.copy(folder.resolve("warrant-02" + kind), folder.resolve("warrant-01" + kind),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(check()).isEqualTo(1);
        assertThat(stdout.toString()).isEqualTo(line("ex-4.1-warrant" + kind, "missing") + line("warrant-01" + kind, "differs"));
    }

    @Test
    void anIndexOrChecksumsOutOfStepWithThePdfsIsStale() throws IOException {
        // The Markdown is current, so only the PDFs drawn anew can show these two are not.
        Path sums = folder.resolve("SHA256SUMS");
        Files.writeString(sums, Files.readString(sums).replaceFirst("(?m)^[0-9a-f]{64}(  8-k\\.pdf)$", "0".repeat(64) + "$1"));
        Path index = folder.resolve("index.md");
        // One page more for the Placement Agency Agreement, whatever its count.
        Files.writeString(index, java.util.regex.Pattern.compile("(placement-agency-agreement\\.docx\\) \\| )(\\d+)")
                .matcher(Files.readString(index)).replaceFirst(m -> m.group(1) + (Integer.parseInt(m.group(2)) + 1)));
        assertThat(check()).isEqualTo(1);
        assertThat(stdout.toString()).isEqualTo(line("SHA256SUMS", "differs") + line("index.md", "differs"));
    }

    @Test
    void aStaleFolderIsCurrentAgainAfterARebuild() throws IOException {
        Files.writeString(folder.resolve("ex-99.1-press-release-offering.md"), "Rewritten.\n");
        Files.delete(folder.resolve("index.md"));
        assertThat(check()).isEqualTo(1);
        assertThat(stdout.toString()).isEqualTo(line("ex-99.1-press-release-offering.md", "differs")
                + line("index.md", "missing"));
        assertThat(run("build", DEAL, "--out", out.toString())).as(stderr.toString()).isZero();
        assertThat(check()).as(stdout.toString()).isZero();
    }

    @Test
    void aBadDealIsBadInputInOneLineAndNothingIsWritten() throws IOException {
        Path bad = DealFixture.write(dir, "bad.yaml", DealFixture.edited("price_per_unit: 1.14", "price_per_unit: one dollar"));
        Map<String, String> before = snapshot(dir);
        assertThat(run("check", bad.toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo("closingset: " + bad
                + ":79:19: offering.price_per_unit: expected an amount like 1.14, got \"one dollar\"" + System.lineSeparator());
        assertThat(stdout.toString()).isEmpty();
        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void aDealNeverBuiltIsOneMissingFolder() throws IOException {
        assertThat(run("check", DEAL, "--out", dir.resolve("elsewhere").toString())).isEqualTo(1);
        assertThat(stdout.toString()).isEqualTo(Home.shown(dir.resolve("elsewhere/capstone-2007")) + ": missing"
                + System.lineSeparator());
        assertThat(dir.resolve("elsewhere")).doesNotExist();
    }

    @Test
    void checkingEveryDealNamesAFolderNoDealBuilds() throws IOException {
        // dir as the project: its deal/, templates/ and output/ (the build, and a deal since removed).
        Files.createDirectories(dir.resolve("deal"));
        Files.copy(DealFixture.VALID, dir.resolve("deal/capstone-2007.yaml"));
        DealFixture.copyTemplates(dir.resolve("templates"));
        Files.createDirectories(out.resolve("old-deal"));
        Files.writeString(out.resolve("old-deal/8-k.md"), "A deal no longer in deal/.\n");
        stdout.getBuffer().setLength(0);
        stderr.getBuffer().setLength(0);
        assertThat(InProject.run(dir, new PrintWriter(stdout, true), new PrintWriter(stderr, true), "check")).isEqualTo(1);
        assertThat(stdout.toString()).isEqualTo(Home.shown(folder) + ": current" + System.lineSeparator()
                + Home.shown(out.resolve("old-deal")) + ": not built by any deal (extra)" + System.lineSeparator());
    }

    /** Every file and folder under {@code root}: its modification time and content. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                FileTime modified = Files.getLastModifiedTime(p);
                String content = Files.isRegularFile(p) ? Integer.toString(Arrays.hashCode(Files.readAllBytes(p))) : "folder";
                state.put(root.relativize(p).toString(), modified + " " + content);
            }
        }
        return state;
    }
}
