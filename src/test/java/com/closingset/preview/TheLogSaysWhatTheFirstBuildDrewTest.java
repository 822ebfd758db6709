package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * serve's first build has no earlier build to compare with, so its log line says how many PDFs it
 * drew (as {@code closingset build} does), not "0 files changed"; a later build says what it changed.
 */
class TheLogSaysWhatTheFirstBuildDrewTest {
    @Test
    void theFirstBuildIntoAnEmptyFolderSaysEveryPdfWasDrawn() {
        assertThat(Preview.outcome(List.of(built("a", 18, List.of(), true), built("b", 18, List.of(), true))))
                .isEqualTo("every PDF drawn");
    }

    @Test
    void theFirstBuildOverACurrentFolderSaysHowFewItDrew() {
        assertThat(Preview.outcome(List.of(built("a", 0, List.of(), true)))).isEqualTo("0 of 18 PDFs drawn, the rest unchanged");
    }

    @Test
    void aLaterBuildSaysWhichFilesChanged() {
        assertThat(Preview.outcome(List.of(built("a", 2, List.of("x.md", "x.pdf", "binder.pdf"), false))))
                .isEqualTo("3 files changed");
        assertThat(Preview.outcome(List.of(built("a", 1, List.of("x.md"), false)))).isEqualTo("1 file changed");
    }

    @Test
    void aDealNewToTheFolderBesideAnEarlierOneSaysBoth() {
        assertThat(Preview.outcome(List.of(built("a", 2, List.of("x.md"), false), built("b", 18, List.of(), true))))
                .isEqualTo("1 file changed; every PDF drawn");
    }

    private static PreviewBuild.Built built(String deal, int drawn, List<String> changed, boolean first) {
        SortedMap<String, Integer> pages = new TreeMap<>(Map.of("doc.pdf", 3, "doc.docx", 1));
        return new PreviewBuild.Built(deal, Path.of("output", deal), pages, changed, drawn, 18, first);
    }
}
