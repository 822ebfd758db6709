package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --out DIR} builds into DIR and serves the PDFs from there, as {@code build --out} writes
 * there; output/ is not touched. A folder inside deal/ or templates/, which serve watches, is refused
 * in one line: each build's own files would be a change, and serve would build without end.
 */
class ServeBuildsWhereOutSaysTest {
    @TempDir
    Path dir;

    @Test
    void theSetIsBuiltAndServedFromTheFolderNamed() throws Exception {
        Path elsewhere = dir.resolve("elsewhere");
        try (ServedProject served = ServedProject.start(dir, "--out", elsewhere.toString())) {
            Path set = elsewhere.resolve(ShortSetHome.DEAL);
            assertThat(set.resolve("index.md")).isRegularFile();
            assertThat(served.home.resolve("output")).doesNotExist();

            String page = read(served.url());
            String pdf = "/output/" + ShortSetHome.DEAL + "/8-k.pdf";
            assertThat(page).contains(pdf);
            byte[] served8k;
            try (InputStream in = URI.create(served.url()).resolve(pdf).toURL().openStream()) {
                served8k = in.readAllBytes();
            }
            assertThat(served8k).isEqualTo(Files.readAllBytes(set.resolve("8-k.pdf")));
        }
    }

    @Test
    void aFolderServeWatchesIsRefused() throws Exception {
        Path home = ShortSetHome.make(dir.resolve("project"), ShortSetHome.capstone());
        Path log = dir.resolve("serve.log");
        Process serve = ShortSetHome.start(home, log, "serve", "--port", "0", "--out", home.resolve("templates/out").toString());
        assertThat(serve.waitFor(1, TimeUnit.MINUTES)).as("serve stopped").isTrue();

        assertThat(serve.exitValue()).isEqualTo(2);
        assertThat(Files.readString(log)).startsWith("closingset: --out " + home.resolve("templates/out")
                + ": inside templates/, which serve watches, so that every build would start another;"
                + " name a folder outside deal/ and templates/");
        assertThat(home.resolve("templates/out")).doesNotExist();
    }

    private static String read(String url) throws Exception {
        try (InputStream in = new URL(url).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
