package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.DealFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes 0 and 2, one-line errors, stack traces only with --debug. */
class CommandLineTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ClosingSetCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void versionNamesTheProduct() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("ClosingSet ");
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("build").contains("Exit codes");
        assertThat(run("build", "--help")).isZero();
        assertThat(out.toString()).contains("--out");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("build", "--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void buildWritesTheSetIntoTheOutputFolder() throws Exception {
        assertThat(run("build", DealFixture.VALID.toString(), "--out", dir.toString())).isZero();
        assertThat(dir.resolve("capstone-2007/8-k.md")).exists();
        assertThat(dir.resolve("capstone-2007/8-k.pdf")).exists();
        assertThat(dir.resolve("capstone-2007/index.md")).exists();
    }

    @Test
    void aBadDealIsOneLineWithoutStackTraceAndExitCode2() {
        Path bad = DealFixture.write(dir, "bad.yaml", DealFixture.edited("price_per_unit: 1.14", "price_per_unit: one dollar"));
        assertThat(run("build", bad.toString(), "--out", dir.resolve("out").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("closingset: " + bad
                + ":79:19: offering.price_per_unit: expected an amount like 1.14, got \"one dollar\"" + System.lineSeparator());
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void debugAddsTheStackTrace() {
        Path bad = DealFixture.write(dir, "bad.yaml", DealFixture.edited("price_per_unit: 1.14", "price_per_unit: one dollar"));
        assertThat(run("build", "--debug", bad.toString(), "--out", dir.resolve("out").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("at com.closingset.");
    }

    @Test
    void oneBadDealAmongSeveralWritesNothing() throws Exception {
        Path bad = DealFixture.write(dir, "bad.yaml", DealFixture.edited("ticker: CPST", "tikcer: CPST"));
        Path out = dir.resolve("out");
        assertThat(run("build", DealFixture.VALID.toString(), bad.toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void twoDealFilesWithOneIdAreRefusedBeforeAnythingIsBuilt() throws Exception {
        Path copy = DealFixture.write(dir, "copy.yaml", DealFixture.edited("ticker: CPST", "ticker: CPST"));
        Path out = dir.resolve("out");
        assertThat(run("build", DealFixture.VALID.toString(), copy.toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("closingset: " + copy + ": deal.id: \"capstone-2007\" is also the id of "
                + DealFixture.VALID + "; each deal needs an id of its own, as it names the deal's output folder"
                + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void withoutDealFilesBuildMakesEveryDealOfTheProject() throws Exception {
        Path home = dir.resolve("project");
        Files.createDirectories(home.resolve("deal"));
        Files.copy(DealFixture.VALID, home.resolve("deal/one.yaml"));
        Files.writeString(home.resolve("deal/two.yaml"), DealFixture.edited("id: capstone-2007", "id: capstone-2007-copy"));
        Files.writeString(home.resolve("deal/notes.txt"), "not a deal");
        DealFixture.copyTemplates(home.resolve("templates"));
        assertThat(InProject.run(home, new PrintWriter(out, true), new PrintWriter(err, true), "build")).as(err.toString()).isZero();
        assertThat(home.resolve("output/capstone-2007/8-k.md")).exists();
        assertThat(home.resolve("output/capstone-2007-copy/8-k.md")).exists();
        assertThat(out.toString()).contains("built capstone-2007:").contains("built capstone-2007-copy:");
    }
}
