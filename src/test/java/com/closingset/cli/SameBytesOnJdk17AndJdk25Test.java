package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher runs a build on a JDK 25 where one is installed (for its AOT cache), and on the
 * default JDK elsewhere: both must write the same bytes, compression and all. Skipped, saying so,
 * where no JDK 25 or later sits in /usr/lib/jvm.
 */
class SameBytesOnJdk17AndJdk25Test {
    @TempDir
    static Path dir;

    @Test
    void aBuildOnJdk25WritesTheSameFilesAsOneOnThisJdk() throws Exception {
        Optional<Path> jdk25 = jdk25();
        assumeTrue(jdk25.isPresent(), "no JDK 25 or later in /usr/lib/jvm (temurin-25*): nothing to compare with");

        ChildBuild here = ChildBuild.start("on this JDK", ProcessHandle.current().info().command().orElseThrow(), List.of(),
                dir.resolve("here"));
        ChildBuild there = ChildBuild.start("on " + jdk25.get(), jdk25.get().toString(), List.of(), dir.resolve("jdk25"));
        Map<String, byte[]> ours = here.files();
        Map<String, byte[]> theirs = there.files();

        assertThat(ours).containsKey("capstone-2007/closing-set.pdf");
        assertThat(theirs.keySet()).isEqualTo(ours.keySet());
        assertThat(ChildBuild.differing(ours, theirs)).as("files that differ between this JDK and " + jdk25.get()).isEmpty();
    }

    static Optional<Path> jdk25() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> found = Files.newDirectoryStream(jvms, "temurin-2[5-9]*")) {
            for (Path jdk : found) {
                if (Files.isExecutable(jdk.resolve("bin/java"))) {
                    return Optional.of(jdk.resolve("bin/java"));
                }
            }
        }
        return Optional.empty();
    }
}
