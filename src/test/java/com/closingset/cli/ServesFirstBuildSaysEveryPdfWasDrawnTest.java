package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve's first build of a project with no output yet says it drew every PDF, as {@code build}
 * would, not "0 files changed": there was no earlier build to have changed.
 */
class ServesFirstBuildSaysEveryPdfWasDrawnTest {
    @Test
    void theFirstLogLineOfAFreshProjectSaysEveryPdfWasDrawn(@TempDir Path dir) throws Exception {
        try (ServedProject served = ServedProject.start(dir)) {
            assertThat(served.log()).containsPattern("closingset: built in [0-9]+ ms, every PDF drawn\n");
        }
    }
}
