package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A serve killed with {@code kill -9} cannot remove the last commit's templates it wrote to the
 * system's temporary folder; the next serve does, and leaves those of a serve still running.
 */
class AKilledServesScratchFoldersAreRemovedByTheNextTest {
    @TempDir
    Path tmp;

    @Test
    void theFoldersOfAServeKilledAreRemoved() throws Exception {
        Process serve = holding("head");
        Path folder = folderOf(serve);
        Files.writeString(Files.createDirectories(folder.resolve("templates/k")).resolve("8-k.md.ftl"), "Units.\n");
        serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        new PreviewScratch(tmp).sweep();

        assertThat(folder).doesNotExist();
    }

    @Test
    void theFoldersOfAServeStillRunningAreLeft() throws Exception {
        Process serve = holding("head");
        try {
            Path folder = folderOf(serve);

            new PreviewScratch(tmp).sweep();

            assertThat(folder).isDirectory();
        } finally {
            serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFolderOfThisProcessAndOthersFoldersAreLeft() throws Exception {
        PreviewScratch scratch = new PreviewScratch(tmp);
        Path mine = scratch.make("");
        Path unheld = Files.createDirectories(tmp.resolve("closingset-preview-head-8123456789"));
        Path other = Files.createDirectories(tmp.resolve("someone-else"));

        new PreviewScratch(tmp).sweep();
        scratch.sweep();

        assertThat(mine).isDirectory();
        assertThat(unheld).isDirectory();
        assertThat(other).isDirectory();
        scratch.remove(mine);
        assertThat(mine).doesNotExist();
    }

    /** A JVM of its own that makes a scratch folder in {@code tmp}, prints it, and holds it until killed. */
    private Process holding(String kind) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldsAScratchFolder.class.getName(),
                tmp.toString(), kind).redirectErrorStream(true).start();
    }

    private static Path folderOf(Process serve) throws Exception {
        String line = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(line).as("the holding process's first line").isNotNull();
        return Path.of(line);
    }
}
