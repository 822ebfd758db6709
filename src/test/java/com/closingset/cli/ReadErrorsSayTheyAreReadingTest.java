package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deal file that cannot be read is bad input, said as reading with the system's reason, never as
 * "cannot write the output"; nothing is written.
 */
class ReadErrorsSayTheyAreReadingTest {
    @TempDir
    Path dir;
    private final StringWriter err = new StringWriter();

    private int build(String deal) {
        return ClosingSetCommand.run(new String[] {"build", deal, "--out", dir.resolve("out").toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    @Test
    void aDealFileThatIsNotThere() {
        assertThat(build("deal/nope.yaml")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("closingset: deal/nope.yaml: no such file" + System.lineSeparator());
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aFolderGivenForADealFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("not-a-file.yaml"));
        assertThat(build(folder.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("closingset: " + folder + ": cannot read the file: ").doesNotContain("write");
    }
}
