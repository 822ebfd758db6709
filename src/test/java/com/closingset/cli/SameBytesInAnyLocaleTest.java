package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build under a Turkish locale, where "I" lower-cases to a dotless "ı", writes the same bytes as one
 * under en_US: every case change, number and message of the engine is locale-independent. Real JVMs,
 * because the default locale is fixed at start-up.
 */
class SameBytesInAnyLocaleTest {
    @TempDir
    static Path dir;

    @Test
    void aTurkishBuildWritesTheSameFilesAsAnAmericanOne() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        // Side by side: each is a whole Capstone build.
        ChildBuild en = ChildBuild.start("under en_US", java, List.of("-Duser.language=en", "-Duser.country=US"), dir.resolve("en_US"));
        ChildBuild tr = ChildBuild.start("under tr_TR", java, List.of("-Duser.language=tr", "-Duser.country=TR"), dir.resolve("tr_TR"));
        Map<String, byte[]> american = en.files();
        Map<String, byte[]> turkish = tr.files();

        assertThat(american).isNotEmpty().containsKey("capstone-2007/subscription-01.pdf");
        assertThat(turkish.keySet()).isEqualTo(american.keySet());
        assertThat(ChildBuild.differing(american, turkish)).as("files that differ between en_US and tr_TR").isEmpty();
    }
}
