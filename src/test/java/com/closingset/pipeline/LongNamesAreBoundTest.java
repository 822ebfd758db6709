package com.closingset.pipeline;

import com.closingset.BookmarkPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.deal.DealFixture;
import com.closingset.layout.SetLayout;
import com.closingset.pdf.FontChain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Investors with names as long as the kit allows are bound, in any script: the binder's index,
 * whose rows wrap their long titles, is laid out with the page numbers it prints (a forecast with
 * wider numbers once wrapped the rows otherwise, and the build stopped), and gives the page each
 * document starts on.
 */
class LongNamesAreBoundTest {
    /** The five investors of the test deal, in its order. */
    private static final List<String> INVESTORS = List.of("Harborview Opportunity Fund, L.P.",
            "Redwood Crest Capital Partners LLC", "Meridian Square Master Fund Ltd.", "Lakeshore Growth Equity Trust",
            "Pinecrest Strategic Investors, L.P.");
    private static final Pattern ROW_PAGE = Pattern.compile("\\s(\\d+)$");

    @TempDir
    Path dir;

    /** 200 characters each: with these, the old forecast took a page more than the index. */
    @Test
    void fiveInvestorsOfTwoHundredCharactersEach() throws Exception {
        assertBound(names(200, i -> INVESTORS.get(i).replace(",", "").replace(".", "") + " "));
    }

    /** At the kit's limit, in Latin, Greek, Cyrillic and Hebrew, which Liberation Serif sets. */
    @Test
    void fiveInvestorsAtTheLimitInFourScripts() throws Exception {
        List<String> words = List.of("Harborview Opportunity Fund ", "Ταμείο Επενδύσεων Αθηνών ", "Инвестиционный фонд Северный ",
                "קרן השקעות ירושלים ", "Pinecrest Strategic Investors ");
        assertBound(names(limit(), words::get));
    }

    /** At the limit in Chinese (no spaces to break at) and Arabic, set in Noto where it is installed. */
    @Test
    void investorsAtTheLimitInChineseAndArabic() throws Exception {
        assumeTrue(FontChain.system().names().contains("NotoSerifCJK") && FontChain.system().names().contains("NotoNaskhArabic"),
                "fonts-noto-core and fonts-noto-cjk are not installed (.ci/run installs them)");
        List<String> words = List.of("北京华夏投资有限公司", "شركة الخليج للاستثمار ", "株式会社みずほキャピタル", "한국투자증권 주식회사 ",
                "Pinecrest Strategic Investors ");
        assertBound(names(limit(), words::get));
    }

    /** The most characters registered-direct's kit.yaml lets an investor's name have. */
    private static int limit() {
        return DealFixture.kit().schema().at("investors.name").orElseThrow().maxLength().orElseThrow();
    }

    /** Each investor's name, {@code length} characters: its words repeated, then a letter of its own. */
    private static List<String> names(int length, java.util.function.IntFunction<String> words) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < INVESTORS.size(); i++) {
            String word = words.apply(i);
            String body = word.repeat(length / word.length() + 1).substring(0, length - 2);
            names.add((body.endsWith(" ") ? body.substring(0, body.length() - 1) + "s" : body) + " " + (char) ('A' + i));
        }
        names.forEach(n -> assertThat(n.codePointCount(0, n.length())).isEqualTo(length));
        return names;
    }

    private void assertBound(List<String> names) throws Exception {
        String text = DealFixture.validText();
        for (int i = 0; i < names.size(); i++) {
            text = text.replace("  - name: " + INVESTORS.get(i) + "\n", "  - name: \"" + names.get(i) + "\"\n");
        }
        Path deal = DealFixture.write(dir, "long-names.yaml", text);
        BuiltSet set = new Pipeline(DealFixture.TEMPLATES, Optional.empty(), ProductVersion.get(), 2).build(deal, "deal/long-names.yaml");
        try (PDDocument binder = Loader.loadPDF(set.files().get(SetLayout.BINDER))) {
            List<Integer> starts = documentStarts(binder);
            assertThat(statedPages(binder, starts.get(0))).isEqualTo(starts);
            // Lines wrap inside the name (between any two Chinese characters), so it is compared without spaces.
            assertThat(new PDFTextStripper().getText(binder).replaceAll("\\s+", "")).contains(names.get(0).replaceAll("\\s+", ""));
        }
    }

    /** The page each document's top-level bookmark goes to, after the cover's and the index's. */
    private static List<Integer> documentStarts(PDDocument binder) throws Exception {
        List<Integer> pages = new ArrayList<>();
        for (PDOutlineItem item : binder.getDocumentCatalog().getDocumentOutline().children()) {
            pages.add(BookmarkPage.of(binder, item));
        }
        return pages.subList(2, pages.size());
    }

    /** The page numbers the index gives: a row's first line ends in its page. */
    private static List<Integer> statedPages(PDDocument binder, int firstDocument) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(2);
        stripper.setEndPage(firstDocument - 1);
        stripper.setSortByPosition(true);
        List<Integer> stated = new ArrayList<>();
        for (String line : stripper.getText(binder).split("\\R")) {
            Matcher m = ROW_PAGE.matcher(line.strip());
            if (!line.startsWith("Index") && !line.startsWith("Page ") && m.find()) {
                stated.add(Integer.parseInt(m.group(1)));
            }
        }
        return stated;
    }
}
