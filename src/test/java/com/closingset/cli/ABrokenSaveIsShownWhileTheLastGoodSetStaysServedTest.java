package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save that does not build (a price in words) puts the build's one line on the page, which no
 * longer says it is up to date with the files on disk, while the set that last built is still listed
 * and its PDFs still served; the next good save clears it.
 */
class ABrokenSaveIsShownWhileTheLastGoodSetStaysServedTest {
    @TempDir
    Path dir;

    @Test
    void theErrorIsOnThePageAndThePdfsAreStillThere() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed: serve's project is a repository");
        try (ServedProject served = ServedProject.start(dir)) {
            Files.writeString(served.deal, ShortSetHome.capstone().replace("price_per_unit: 1.14", "price_per_unit: one dollar"));
            served.awaitLog("still serving the last set that built", 1, Duration.ofSeconds(20));

            String page = served.get("").body();
            assertThat(page).contains("Not up to date with the files on disk: they did not build.").doesNotContain("Up to date")
                    .contains("<p class=\"error\" id=\"error\">deal/capstone-2007.yaml:")
                    .contains("offering.price_per_unit: expected an amount like 1.14, got &quot;one dollar&quot;")
                    .contains("/output/capstone-2007/8-k.pdf");
            HttpResponse<String> pdf = served.get("output/capstone-2007/8-k.pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.body()).startsWith("%PDF-");

            Files.writeString(served.deal, ShortSetHome.capstoneAt("1.10"));
            served.awaitLog("built in", 2, Duration.ofSeconds(20));
            assertThat(served.awaitPage("Up to date with the files on disk.", Duration.ofSeconds(20))).doesNotContain("class=\"error\"");
        }
    }
}
