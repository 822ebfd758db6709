package com.closingset.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The working tree's side of a redline (serve's preview, {@code redline --rev HEAD..}) names its deal
 * file as a build does, relative to the project, so an error in it reads {@code deal/x.yaml:14:5: ...}
 * however the file was reached; a file outside the project keeps the name it was given.
 */
class TheWorkingTreeSideIsNamedAsTheProjectNamesItTest {
    @TempDir
    Path home;

    @Test
    void aDealReachedByItsAbsolutePathIsNamedFromTheProject() throws Exception {
        Path deal = Files.createDirectories(home.resolve("deal")).resolve("x.yaml");
        Files.writeString(deal, "deal:\n");

        ComparedVersion now = GitRevision.read(home, "", deal.toAbsolutePath(), home, "");

        assertThat(now.deal().shown()).isEqualTo("deal/x.yaml");
        assertThat(now.deal().path()).isEqualTo(deal.toAbsolutePath());
        assertThat(now.origin()).isEqualTo(ComparedVersion.Origin.WORKING_TREE);
    }

    @Test
    void aDealOutsideTheProjectKeepsTheNameItWasGiven(@TempDir Path elsewhere) throws Exception {
        Path deal = elsewhere.resolve("y.yaml");
        Files.writeString(deal, "deal:\n");

        assertThat(GitRevision.read(home, "", deal, home, "").deal().shown()).isEqualTo(deal.toString());
    }
}
