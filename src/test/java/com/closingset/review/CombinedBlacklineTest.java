package com.closingset.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.layout.SetLayout;
import com.closingset.review.BlacklinePdf.Bookmark;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code blackline.pdf} is the one file to circulate: the cover, then every changed document (and
 * only those), in the set's order, each from a new page with its own page numbering and a top-level
 * bookmark, each as many pages as its own blackline, starting where the cover says; the
 * per-document files are written beside it.
 */
class CombinedBlacklineTest {
    /** The documents the price prints in, in the set's order: title to output name. */
    private static final Map<String, String> CHANGED = new LinkedHashMap<>();

    static {
        CHANGED.put("Current Report on Form 8-K", "8-k");
        CHANGED.put("Exhibit 10.1: Form of Subscription Agreement", "ex-10.1-subscription");
        CHANGED.put("Exhibit 99.1: Press Release issued by Capstone Turbine Corporation on January 19, 2007", "ex-99.1-press-release-offering");
        CHANGED.put("Exhibit 99.2: Press release issued by Capstone Turbine Corporation on January 19, 2007", "ex-99.2-press-release-results");
        CHANGED.put("Subscription Agreement of Harborview Opportunity Fund, L.P.", "subscription-01");
        CHANGED.put("Subscription Agreement of Redwood Crest Capital Partners LLC", "subscription-02");
        CHANGED.put("Subscription Agreement of Meridian Square Master Fund Ltd.", "subscription-03");
        CHANGED.put("Subscription Agreement of Lakeshore Growth Equity Trust", "subscription-04");
        CHANGED.put("Subscription Agreement of Pinecrest Strategic Investors, L.P.", "subscription-05");
    }

    private static RedlineSet set;
    private static BlacklinePdf combined;
    private static List<Bookmark> bookmarks;

    @BeforeAll
    static void read() throws Exception {
        set = PriceChange.set();
        combined = new BlacklinePdf(set.files().get(SetLayout.REDLINE_BLACKLINE));
        bookmarks = combined.topLevelBookmarks();
    }

    @AfterAll
    static void close() throws Exception {
        combined.close();
    }

    @Test
    void theCoverThenEveryChangedDocumentIsATopLevelBookmark() {
        assertThat(bookmarks.get(0).title()).isEqualTo("Cover");
        assertThat(bookmarks.subList(1, bookmarks.size())).extracting(Bookmark::title).containsExactlyElementsOf(CHANGED.keySet());
        assertThat(bookmarks.get(0).page()).isEqualTo(1);
    }

    @Test
    void eachDocumentStartsANewPageNumberedFromOneAndTakesAsManyPagesAsItsOwnBlackline() throws Exception {
        int expectedStart = bookmarks.get(1).page();
        for (int i = 1; i < bookmarks.size(); i++) {
            Bookmark b = bookmarks.get(i);
            int own;
            try (BlacklinePdf alone = new BlacklinePdf(set.files().get(SetLayout.redlinePdf(CHANGED.get(b.title()))))) {
                own = alone.pages();
            }
            assertThat(b.page()).as(b.title()).isEqualTo(expectedStart);
            String last = combined.text(b.page() - 1, b.page() - 1);
            String first = combined.text(b.page(), b.page());
            assertThat(last).as("the page before %s ends its predecessor", b.title()).containsPattern("Page (\\d+) of \\1(?!\\d)");
            assertThat(first.replaceAll("\\s+", " ")).as(b.title()).contains(b.title() + " Page 1 of " + own);
            expectedStart += own;
        }
        assertThat(combined.pages()).isEqualTo(expectedStart - 1);
    }

    @Test
    void theCoverGivesThePageWhereEachChangedDocumentStarts() throws Exception {
        String cover = combined.text(1, bookmarks.get(1).page() - 1).replaceAll("\\s+", " ");
        for (Bookmark b : bookmarks.subList(1, bookmarks.size())) {
            Matcher row = Pattern.compile(Pattern.quote(b.title()) + " changed \\d+ \\d+ (\\d+)").matcher(cover);
            assertThat(row.find()).as("%s in the cover's summary", b.title()).isTrue();
            assertThat(Integer.parseInt(row.group(1))).as(b.title()).isEqualTo(b.page());
        }
    }

    @Test
    void eachPageNumberOfTheCoverLinksToThePageItGives() throws Exception {
        assertThat(combined.linkedPages(1, bookmarks.get(1).page() - 1))
                .containsExactlyElementsOf(bookmarks.subList(1, bookmarks.size()).stream().map(Bookmark::page).toList());
    }

    @Test
    void thePerDocumentBlacklinesAreWrittenBesideIt() {
        CHANGED.values().forEach(output -> assertThat(set.files()).containsKeys(SetLayout.redlinePdf(output), SetLayout.redlineMarkdown(output)));
        assertThat(set.files()).doesNotContainKey(SetLayout.redlinePdf("warrant-01"));
        assertThat(SetLayout.isRedlineFile(SetLayout.REDLINE_BLACKLINE)).as("replaced by the next redline").isTrue();
    }
}
