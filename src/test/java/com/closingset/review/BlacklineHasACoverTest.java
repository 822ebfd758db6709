package com.closingset.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.layout.SetLayout;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code blackline.pdf} opens with a cover: its first page names the two versions compared (file
 * and the deal's date), gives a legend of the marks, and begins the summary; the cover's pages list
 * every document of the set, changed (with its words inserted and deleted) or unchanged.
 */
class BlacklineHasACoverTest {
    private static String firstPage;
    private static String cover;
    private static RedlineSet set;

    @BeforeAll
    static void read() throws Exception {
        set = PriceChange.set();
        try (BlacklinePdf pdf = new BlacklinePdf(set.files().get(SetLayout.REDLINE_BLACKLINE))) {
            firstPage = pdf.text(1, 1);
            int firstDocument = pdf.topLevelBookmarks().get(1).page();
            cover = pdf.text(1, firstDocument - 1);
        }
    }

    @Test
    void theFirstPageNamesBothVersions() {
        assertThat(firstPage).contains("Blackline")
                .containsPattern("Old\\s+" + Pattern.quote(PriceChange.OLD) + "\\s+deal dated January 18, 2007")
                .containsPattern("New\\s+" + Pattern.quote(PriceChange.NEW) + "\\s+deal dated January 18, 2007");
    }

    @Test
    void theFirstPageExplainsTheMarks() {
        assertThat(firstPage).contains("Legend")
                .containsPattern("Deleted text\\s+deleted: red, struck through")
                .containsPattern("Inserted text\\s+inserted: blue, double-underlined")
                .containsPattern("Change bar\\s+a bar in the left margin");
    }

    @Test
    void theFirstPageBeginsTheSummary() {
        assertThat(firstPage).contains(set.changed() + " of " + set.documents() + " documents changed")
                .containsPattern("Current Report on Form 8-K\\s+changed\\s+1\\s+1")
                .containsPattern("Exhibit 1.1: Placement Agency Agreement\\s+unchanged");
    }

    @Test
    void theCoverListsEveryDocumentChangedOrNot() {
        String oneLine = cover.replaceAll("\\s+", " ");
        assertThat(oneLine).contains("Warrant No. W-5 (Pinecrest Strategic Investors, L.P.) unchanged")
                .containsPattern("Subscription Agreement of Pinecrest Strategic Investors, L.P. changed \\d+ \\d+");
        long rows = Pattern.compile(" (changed|unchanged|inserted|deleted)(?= [A-Z0-9])").matcher(oneLine).results().count();
        assertThat(rows).isEqualTo(set.documents());
    }
}
