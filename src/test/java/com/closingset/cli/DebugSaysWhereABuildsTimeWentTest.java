package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --debug} ends with one line of the time each stage took; without it, nothing of the kind. */
class DebugSaysWhereABuildsTimeWentTest {
    private static final String STAGES = "closingset: time by stage: start the JVM and the command \\d+\\.\\d{3} s;"
            + " hash the inputs, compare with the last build \\d+\\.\\d{3} s; set up \\(kits, templates, fonts\\) \\d+\\.\\d{3} s;"
            + " load and check the deals \\d+\\.\\d{3} s; assemble the Markdown \\d+\\.\\d{3} s; draw the files \\d+\\.\\d{3} s;"
            + " wait for the disk \\d+\\.\\d{3} s; swap the new sets in \\d+\\.\\d{3} s";

    @TempDir
    Path dir;

    @Test
    void aBuildWithDebugSaysTheTimeOfEachStage() throws Exception {
        Path home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstone());

        assertThat(build(home, "--debug")).matches(STAGES + System.lineSeparator());
    }

    @Test
    void aBuildWithNothingToDoSaysOnlyTheStagesItWentThrough() throws Exception {
        Path home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstone());
        build(home);

        assertThat(build(home, "--debug")).matches("closingset: time by stage: start the JVM and the command \\d+\\.\\d{3} s;"
                + " hash the inputs, compare with the last build \\d+\\.\\d{3} s" + System.lineSeparator());
    }

    @Test
    void withoutDebugNoTimesAreShown() throws Exception {
        Path home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstone());

        assertThat(build(home)).isEmpty();
    }

    private static String build(Path home, String... flags) {
        StringWriter err = new StringWriter();
        String[] args = new String[flags.length + 2];
        args[0] = "build";
        args[1] = "--quiet";
        System.arraycopy(flags, 0, args, 2, flags.length);
        int code = InProject.run(home, new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
        return err.toString();
    }
}
