package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lawyer stops serve, edits the deal, and starts it again on the same port, the preview still open
 * in the browser: the page comes to show the new run's set by itself, though that run's states are
 * numbered from the start again, below the number the page holds.
 */
class AnOpenPageFollowsServeStartedAgainTest {
    @TempDir
    Path dir;

    @Test
    void theNewRunsPriceShowsOnThePageLeftOpen() throws Exception {
        Path chromium = DevTools.chromiumForThePage();
        String port = String.valueOf(freePort());
        ServedProject served = ServedProject.start(dir, "--port", port);
        try (DevTools page = DevTools.open(chromium, served.url(), Files.createDirectories(dir.resolve("profile")))) {
            page.awaitText("no document differs from the last commit", Duration.ofSeconds(30));
            // Two saves, so that the page's state is numbered above the first states of a new run.
            Files.writeString(served.deal, ShortSetHome.capstoneAt("1.12"));
            page.awaitText("$1.12", Duration.ofSeconds(30));
            Files.writeString(served.deal, ShortSetHome.capstoneAt("1.13"));
            page.awaitText("$1.13", Duration.ofSeconds(30));
            page.evaluate("window.notReloaded = 'still this page'");

            served.close();
            Files.writeString(served.deal, ShortSetHome.capstoneAt("1.10"));
            served = served.startAgain("--port", port);

            assertThat(page.awaitText("$1.10", Duration.ofSeconds(40))).as(served.log()).doesNotContain("$1.13");
            assertThat(page.evaluate("window.notReloaded")).isEqualTo("still this page");
        } finally {
            served.close();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
