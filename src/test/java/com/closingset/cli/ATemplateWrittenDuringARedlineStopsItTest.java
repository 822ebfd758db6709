package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.NamedPipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code closingset redline} assembles both sides with the templates as they stand, reading them as
 * it goes. A template saved between the two would show its change as a change of the deal, so the
 * templates are read first and again before anything is written, and a file written in between
 * stops the redline with one line, writing nothing. The new side's deal is a named pipe: opening it
 * to write waits until the redline opens it to read, after the old side was assembled.
 */
class ATemplateWrittenDuringARedlineStopsItTest {
    private static final String FORM = "templates/registered-direct/8-k.md.ftl";

    @TempDir
    Path dir;
    private Path home;
    private NamedPipe pipe;

    @BeforeEach
    void aHomeAndANewDealToBeReadFromAPipe() throws Exception {
        home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstone());
        pipe = NamedPipe.make(home.resolve("new.yaml"), "a named pipe is how this test holds the redline between its sides");
    }

    @AfterEach
    void thePipesThreadsStop() {
        if (pipe != null) {
            pipe.close();
        }
    }

    @Test
    void aTemplateSavedBetweenTheSidesStopsItAndWritesNothing() throws Exception {
        Process redline = redlineWhile(() -> Files.writeString(home.resolve(FORM),
                "\nA sentence saved during the redline.\n", StandardOpenOption.APPEND));

        String log = Files.readString(home.resolve("redline.log"));
        assertThat(redline.exitValue()).as(log).isEqualTo(2);
        assertThat(log).isEqualTo("closingset: " + FORM + ": written while the redline was being made, so its two sides"
                + " could have been read with different text, which would show as changes of the deal; nothing was"
                + " written: run it again" + System.lineSeparator());
        assertThat(home.resolve("redline")).doesNotExist();
    }

    @Test
    void aRedlineDuringWhichNothingWasSavedIsWritten() throws Exception {
        Process redline = redlineWhile(() -> { });

        assertThat(redline.exitValue()).as(Files.readString(home.resolve("redline.log"))).isZero();
        assertThat(home.resolve("redline/" + ShortSetHome.DEAL + "/8-k.redline.md")).exists();
    }

    /** A redline of the deal against a higher price, {@code edit} done once the old side is assembled. */
    private Process redlineWhile(NamedPipe.Step edit) throws Exception {
        Process redline = ShortSetHome.start(home, home.resolve("redline.log"), "redline",
                home.resolve("deal/" + ShortSetHome.DEAL + ".yaml").toString(), pipe.path().toString());
        Future<Void> written = pipe.feed(edit, ShortSetHome.capstoneAt("1.17").getBytes(StandardCharsets.UTF_8));
        boolean finished = redline.waitFor(2, TimeUnit.MINUTES);
        pipe.endWaitingFeed();
        if (!finished) {
            redline.destroyForcibly();
        }
        assertThat(finished).as("the redline finished: %s", Files.readString(home.resolve("redline.log"))).isTrue();
        written.get(1, TimeUnit.MINUTES);
        return redline;
    }
}
