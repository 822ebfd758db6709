package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.DealFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code closingset init deal/NEW.yaml} writes a commented skeleton from the kit's schema: every field
 * with its description, required ones marked and empty; building it before it is filled names what
 * is missing, and filling those in gives a deal the loader reads.
 */
class InitCommandTest {
    @TempDir
    Path home;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void project() {
        DealFixture.copyTemplates(home.resolve("templates"));
    }

    private int run(String... args) {
        return InProject.run(home, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void theSkeletonDescribesEveryFieldAndNamesTheSchemaForEditors() throws Exception {
        Files.createDirectories(home.resolve("deal"));
        Path file = home.resolve("deal/new.yaml");
        assertThat(run("init", file.toString())).as(err.toString()).isZero();
        String skeleton = Files.readString(file);
        assertThat(skeleton).startsWith("# yaml-language-server: $schema=../templates/registered-direct/deal.schema.json\n")
                .contains("\nkit: registered-direct\n")
                .contains("  # Shares of common stock sold (required) Example: 40,000,000\n  shares:\n")
                .contains("  # How a fraction of a warrant share is rounded (with warrants only) (optional) Example: down One of: down, half-up, up\n")
                .contains("  # What each numbered warrant's number begins with (optional; default W-) Example: W-\n"
                        + "  # warrant_number_prefix:\n")
                .contains("investors:\n")
                .contains("  - name:\n");
    }

    @Test
    void buildingItUnfilledNamesTheFirstRequiredFieldMissing() throws Exception {
        Path file = home.resolve("new.yaml");
        assertThat(run("init", file.toString())).isZero();
        assertThat(run("build", file.toString(), "--out", home.resolve("out").toString())).isEqualTo(2);
        assertThat(err.toString()).matches("closingset: .*new\\.yaml:[0-9]+:[0-9]+: deal\\.id: required field has no value\\R");
        assertThat(home.resolve("out")).doesNotExist();
    }

    @Test
    void itNeverOverwritesAFile() throws Exception {
        Path file = Files.writeString(home.resolve("taken.yaml"), "mine\n");
        assertThat(run("init", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("taken.yaml: the file exists");
        assertThat(Files.readString(file)).isEqualTo("mine\n");
    }
}
