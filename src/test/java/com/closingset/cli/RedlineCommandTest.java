package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import com.closingset.deal.DealFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code closingset redline}: two deal files, or one at two git revisions read with {@code git show}
 * in the project folder (a repository the test makes: the deal committed, changed and committed
 * again, then changed in the working tree), the blackline naming each revision by its commit; bad
 * input is one line and exit code 2.
 */
class RedlineCommandTest {
    private static final String HOME = "closingset.home";

    @TempDir
    Path project;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String home;

    @BeforeEach
    void makeProject() throws IOException {
        home = System.getProperty(HOME);
        Path templates = Path.of("templates");
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path f : files.toList()) {
                Path copy = project.resolve("templates").resolve(templates.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(f, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(project.resolve("deal"));
        System.setProperty(HOME, project.toString());
    }

    @AfterEach
    void restoreHome() {
        if (home == null) {
            System.clearProperty(HOME);
        } else {
            System.setProperty(HOME, home);
        }
    }

    private int run(String... args) {
        return ClosingSetCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void revComparesTheDealAtTwoCommitsOrACommitAndTheWorkingTree() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        Path deal = project.resolve("deal/x.yaml");
        Files.writeString(deal, DealFixture.validText());
        git("init", "-q");
        git("add", "deal/x.yaml");
        git("commit", "-q", "-m", "deal");
        Files.writeString(deal, DealFixture.edited("short_name: A.G. Edwards\n", "short_name: A.G. Edwardes\n"));
        git("commit", "-q", "-am", "short name");
        Files.writeString(deal, DealFixture.edited("short_name: A.G. Edwards\n", "short_name: A.G. Edwardes\n")
                .replace("price_per_unit: 1.14", "price_per_unit: 1.19"));

        assertThat(run("redline", "--rev", "HEAD~1..HEAD", deal.toString())).as(err.toString()).isZero();
        Path folder = project.resolve("redline/capstone-2007");
        String summary = Files.readString(folder.resolve("SUMMARY.md"));
        assertThat(out.toString()).contains(summary);
        assertThat(summary).contains("Old: `HEAD~1:deal/x.yaml`").contains("New: `HEAD:deal/x.yaml`");
        String pressRelease = Files.readString(folder.resolve("ex-99.1-press-release-offering.redline.md"));
        assertThat(pressRelease).contains("~~Edwards~~ ++Edwardes++").doesNotContain("1.19");
        String first = git("rev-parse", "HEAD~1").substring(0, 12);
        String second = git("rev-parse", "HEAD").substring(0, 12);
        try (PDDocument blackline = Loader.loadPDF(folder.resolve("blackline.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String cover = stripper.getText(blackline).replaceAll("\\s+", " ");
            assertThat(cover).contains("Old: deal/x.yaml at HEAD~1 (" + first + ") New: deal/x.yaml at HEAD (" + second + ")")
                    .contains("Old deal/x.yaml git revision HEAD~1, commit " + first)
                    .contains("New deal/x.yaml git revision HEAD, commit " + second);
        }

        assertThat(run("redline", "--rev", "HEAD..", deal.toString(), "--out", project.resolve("r2").toString())).as(err.toString()).isZero();
        pressRelease = Files.readString(project.resolve("r2/ex-99.1-press-release-offering.redline.md"));
        assertThat(pressRelease).contains("~~$1.14~~ ++$1.19++").doesNotContain("~~Edwards~~");
    }

    @Test
    void aBadRevisionIsOneLineNamingItAndExitCode2() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        Path deal = DealFixture.write(project.resolve("deal"), "x.yaml", DealFixture.validText());
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "a commit, so that the revision is what git cannot read");
        assertThat(run("redline", "--rev", "nosuchrev..", deal.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("closingset: nosuchrev:deal/x.yaml: git cannot read it: ").hasLineCount(1);
        assertThat(project.resolve("redline")).doesNotExist();
    }

    @Test
    void aMalformedRangeOrARevisionLikeAnOptionIsRefused() {
        Path deal = DealFixture.write(project.resolve("deal"), "x.yaml", DealFixture.validText());
        assertThat(run("redline", "--rev", "HEAD", deal.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("closingset: --rev HEAD: expected two revisions as A..B").hasLineCount(1);
        assertThat(run("redline", "--rev", "--output=x..", deal.toString())).isEqualTo(2);
    }

    @Test
    void aBadDealFileIsOneLineAndExitCode2() {
        Path good = DealFixture.write(project, "good.yaml", DealFixture.validText());
        Path bad = DealFixture.write(project, "bad.yaml", DealFixture.edited("price_per_unit: 1.14", "price_per_unit: one dollar"));
        assertThat(run("redline", good.toString(), bad.toString(), "--out", project.resolve("out").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("closingset: " + bad
                + ":79:19: offering.price_per_unit: expected an amount like 1.14, got \"one dollar\"" + System.lineSeparator());
        assertThat(project.resolve("out")).doesNotExist();
    }

    @Test
    void itTakesTwoDealFilesOrOneWithRev() {
        assertThat(run("redline", "deal/x.yaml")).isEqualTo(2);
        assertThat(err.toString()).contains("name two deal files, OLD and NEW, or one with --rev A..B");
        assertThat(run("redline", "--help")).isZero();
        assertThat(out.toString()).contains("--rev").contains("redline/<deal id>/");
    }

    private String git(String... args) throws Exception {
        return GitRepository.run(project, args);
    }
}
