package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * serve's first build has no earlier build to compare with, so its log line says how many PDFs it
 * drew (as {@code closingset build} does), not "0 files changed"; a later build says what it changed,
 * which deal it built for the first time and which it no longer builds.
 */
class TheLogSaysWhatTheFirstBuildDrewTest {
    @Test
    void theFirstBuildIntoAnEmptyFolderSaysEveryPdfWasDrawn() {
        assertThat(Preview.outcome(List.of(built("a", 18, List.of(), true), built("b", 18, List.of(), true)), List.of()))
                .isEqualTo("every PDF drawn");
    }

    @Test
    void theFirstBuildOverACurrentFolderSaysHowFewItDrew() {
        assertThat(Preview.outcome(List.of(built("a", 0, List.of(), true)), List.of())).isEqualTo("0 of 18 PDFs drawn, the rest unchanged");
    }

    @Test
    void aLaterBuildSaysWhichFilesChanged() {
        assertThat(Preview.outcome(List.of(built("a", 2, List.of("x.md", "x.pdf", "binder.pdf"), false)), List.of("a")))
                .isEqualTo("3 files changed");
        assertThat(Preview.outcome(List.of(built("a", 1, List.of("x.md"), false)), List.of("a"))).isEqualTo("1 file changed");
    }

    @Test
    void aDealNewToTheFolderBesideAnEarlierOneSaysBoth() {
        assertThat(Preview.outcome(List.of(built("a", 2, List.of("x.md"), false), built("b", 18, List.of(), true)), List.of("a")))
                .isEqualTo("1 file changed; b built here for the first time: every PDF drawn");
    }

    @Test
    void aDealNoFileBuildsNowIsSaidToBeNoLongerBuilt() {
        assertThat(Preview.outcome(List.of(built("a", 0, List.of(), false)), List.of("a", "b")))
                .isEqualTo("0 files changed; b no longer built by any deal file (the output left as it was)");
        assertThat(Preview.outcome(List.of(), List.of("a", "b")))
                .isEqualTo("a, b no longer built by any deal file (the output left as it was)");
    }

    private static PreviewBuild.Built built(String deal, int drawn, List<String> changed, boolean first) {
        SortedMap<String, Integer> pages = new TreeMap<>(Map.of("doc.pdf", 3, "doc.docx", 1));
        return new PreviewBuild.Built(deal, Path.of("output", deal), pages, new PreviewBuild.Since(changed, List.of(), List.of()), Map.of(), drawn, 18, first,
                Optional.empty());
    }
}
