package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.pipeline.OutputLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check assembles every deal and then compares it with the output, reading the templates as it
 * goes. A template saved meanwhile would make its verdict hold for no one version of them: "current"
 * while the form on disk is no longer what the output was built from. So the check reads the
 * templates first and again before it reports, and a file written in between stops it with one line,
 * reporting nothing. The check is held at its wait for a build's lock, and the template saved there.
 */
class ATemplateWrittenDuringACheckStopsItTest {
    private static final String FORM = "templates/registered-direct/8-k.md.ftl";

    @TempDir
    Path dir;

    @Test
    void aTemplateSavedWhileTheCheckRunsStopsItNamingTheFile() throws Exception {
        Path home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstone());
        Process build = ShortSetHome.start(home, home.resolve("build.log"), "build", "--quiet");
        assertThat(build.waitFor()).as(Files.readString(home.resolve("build.log"))).isZero();
        Path log = home.resolve("check.log");
        Process check;
        try (OutputLock held = OutputLock.forBuild(home.resolve("output"), holder -> true)) {
            check = ShortSetHome.start(home, log, "check");
            ShortSetHome.awaitLine(check, log, "waiting for it to finish");
            Files.writeString(home.resolve(FORM), "\nA sentence saved during the check.\n", StandardOpenOption.APPEND);
        }

        assertThat(check.waitFor()).as(Files.readString(log)).isEqualTo(2);
        assertThat(Files.readString(log)).endsWith("closingset: " + FORM + ": written while the check ran, so the output"
                + " was compared with a mix of the old text and the new; nothing was reported: check again"
                + System.lineSeparator())
                .doesNotContain(": current");
    }
}
