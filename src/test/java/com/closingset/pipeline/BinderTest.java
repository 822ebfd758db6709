package com.closingset.pipeline;

import com.closingset.BookmarkPage;
import com.closingset.layout.SetLayout;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * closing-set.pdf binds the whole set: a cover, an index whose page numbers are where
 * each document starts, then every document on a new page, each a top-level bookmark, each with
 * its own footer and page count.
 */
class BinderTest {
    private static final Pattern ROW_PAGE = Pattern.compile("\\s(\\d+)$");
    private static BuiltSet capstone;
    private static PDDocument binder;

    @BeforeAll
    static void build() throws Exception {
        capstone = TestBuilds.capstone();
        binder = Loader.loadPDF(capstone.files().get(SetLayout.BINDER));
    }

    private static String text(int firstPage, int lastPage) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(firstPage);
        stripper.setEndPage(lastPage);
        return stripper.getText(binder);
    }

    private record Bookmark(String title, int page) {
    }

    private static List<Bookmark> topLevelBookmarks() throws Exception {
        List<Bookmark> out = new ArrayList<>();
        for (PDOutlineItem item : binder.getDocumentCatalog().getDocumentOutline().children()) {
            out.add(new Bookmark(item.getTitle(), BookmarkPage.of(binder, item)));
        }
        return out;
    }

    @Test
    void everyDocumentIsATopLevelBookmarkAfterTheCoverAndIndex() throws Exception {
        assertThat(topLevelBookmarks()).extracting(Bookmark::title).containsExactly(
                "Cover", "Index", "Current Report on Form 8-K", "Exhibit 1.1: Placement Agency Agreement",
                "Exhibit 4.1: Form of Warrant", "Exhibit 5.3: Opinion of Waller Lansden Dortch & Davis, LLP",
                "Exhibit 10.1: Form of Subscription Agreement",
                "Exhibit 99.1: Press Release issued by Capstone Turbine Corporation on January 19, 2007",
                "Exhibit 99.2: Press release issued by Capstone Turbine Corporation on January 19, 2007",
                "Warrant No. W-1 (Harborview Opportunity Fund, L.P.)",
                "Subscription Agreement of Harborview Opportunity Fund, L.P.",
                "Warrant No. W-2 (Redwood Crest Capital Partners LLC)",
                "Subscription Agreement of Redwood Crest Capital Partners LLC",
                "Warrant No. W-3 (Meridian Square Master Fund Ltd.)",
                "Subscription Agreement of Meridian Square Master Fund Ltd.",
                "Warrant No. W-4 (Lakeshore Growth Equity Trust)",
                "Subscription Agreement of Lakeshore Growth Equity Trust",
                "Warrant No. W-5 (Pinecrest Strategic Investors, L.P.)",
                "Subscription Agreement of Pinecrest Strategic Investors, L.P.");
    }

    @Test
    void theIndexGivesThePageWhereEachDocumentStarts() throws Exception {
        List<Bookmark> bookmarks = topLevelBookmarks();
        int firstDocument = bookmarks.get(2).page();
        List<Integer> stated = new ArrayList<>();
        for (String line : text(bookmarks.get(1).page(), firstDocument - 1).split("\\R")) {
            Matcher m = ROW_PAGE.matcher(line.strip());
            if (!line.startsWith("Index") && m.find()) {
                stated.add(Integer.parseInt(m.group(1)));
            }
        }
        assertThat(stated).isEqualTo(bookmarks.subList(2, bookmarks.size()).stream().map(Bookmark::page).toList());
    }

    @Test
    void eachDocumentStartsOnANewPageAndCountsItsOwnPages() throws Exception {
        List<Bookmark> bookmarks = topLevelBookmarks();
        for (int i = 2; i < bookmarks.size(); i++) {
            Bookmark b = bookmarks.get(i);
            int last = i + 1 < bookmarks.size() ? bookmarks.get(i + 1).page() - 1 : binder.getNumberOfPages();
            int pages = last - b.page() + 1;
            assertThat(text(b.page(), b.page())).as(b.title()).contains("Page 1 of " + pages);
            assertThat(text(last, last)).as(b.title()).contains("Page " + pages + " of " + pages);
        }
        assertThat(binder.getNumberOfPages()).isEqualTo(2 + capstone.pages());
    }
}
