package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A serve that stops removes its lock files from the temporary folder, those it held alone and the
 * folder's it held shared as the last to let go; a serve killed leaves them, for the next to take.
 */
class AServeThatStopsLeavesNoLockFileTest {
    @TempDir
    Path locks;
    @TempDir
    Path project;

    @Test
    void aServeOfEveryDeal() throws Exception {
        ServeLock lock = ServeLock.everyDealOf(locks, project.resolve("output"), project.resolve("deal"), "deal");
        assertThat(locks).isNotEmptyDirectory();

        lock.close();

        assertThat(locks).isEmptyDirectory();
    }

    @Test
    void aServeOfDealFilesNamed() throws Exception {
        Path deal = Files.createDirectories(project.resolve("deal"));
        ServeLock lock = ServeLock.dealFiles(locks, project.resolve("output"), List.of(deal.resolve("a.yaml"), deal.resolve("b.yaml")));
        try (var files = Files.list(locks)) {
            assertThat(files).as("a file each, and their folder's").hasSize(3);
        }

        lock.close();

        assertThat(locks).isEmptyDirectory();
    }
}
