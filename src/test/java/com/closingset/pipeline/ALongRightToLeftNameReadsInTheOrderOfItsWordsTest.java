package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.Pdftotext;
import com.closingset.deal.DealFixture;
import com.closingset.pdf.FontChain;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An investor's name in Hebrew or Arabic too long for one line, in body text and in the binder's
 * index, reads on the page in the order of its words, line after line: read back by poppler's
 * pdftotext, which puts each line's right-to-left text back in reading order. Before, such a name
 * was reversed whole and cut where the line ended, so its first words came last.
 */
class ALongRightToLeftNameReadsInTheOrderOfItsWordsTest {
    /** Distinct words, so that a word out of place shows; about 280 characters, under the kit's 300. */
    private static final String HEBREW = String.join(" ", List.of("קרן השקעות ירושלים תל אביב חיפה באר שבע נתניה אשדוד",
            "רחובות הרצליה רמת גן גבעתיים חולון בת ים ראשון לציון פתח תקווה כפר סבא רעננה הוד השרון מודיעין",
            "עכו צפת טבריה נצרת עפולה בית שאן אילת דימונה ערד אופקים שדרות נתיבות קריית גת קריית שמונה מעלות",
            "יבנה לוד רמלה"));
    private static final String ARABIC = String.join(" ", List.of("شركة الخليج للاستثمار والتنمية العقارية",
            "القابضة المحدودة فرع دبي أبوظبي الشارقة عجمان رأس الخيمة الفجيرة أم القيوين الرياض جدة مكة",
            "المدينة الدمام الخبر الكويت المنامة الدوحة مسقط صلالة عمان القاهرة الإسكندرية بيروت دمشق بغداد"));

    @TempDir
    static Path dir;
    private static BuiltSet set;
    private static boolean arabic;

    @BeforeAll
    static void build() throws Exception {
        assumeTrue(Pdftotext.installed(), "poppler-utils (pdftotext) is not installed");
        arabic = FontChain.system().names().contains("NotoNaskhArabic");
        String text = DealFixture.validText().replace("  - name: Pinecrest Strategic Investors, L.P.", "  - name: " + HEBREW);
        if (arabic) {
            text = text.replace("  - name: Lakeshore Growth Equity Trust", "  - name: " + ARABIC);
        }
        Path deal = DealFixture.write(dir, "long-names.yaml", text);
        set = new Pipeline(DealFixture.TEMPLATES, Optional.empty(), ProductVersion.get(), 4).build(deal, "deal/long-names.yaml");
    }

    @Test
    void aHebrewNameOverSeveralLinesOfTheWarrantAndTheSubscription() throws Exception {
        assertThat(HEBREW.length()).isBetween(250, 300);
        assertThat(readable("warrant-05.pdf")).contains("Registered Holder: " + HEBREW, "for value received, " + HEBREW);
        assertThat(readable("subscription-05.pdf")).contains(HEBREW);
    }

    /** A cell's lines are narrower than the page's: the index's title cell cuts the name to its own width. */
    @Test
    void aHebrewNameOverSeveralLinesOfACellOfTheBindersIndex() throws Exception {
        assertThat(readable("closing-set.pdf").replaceAll("[()]", "")).contains("Warrant No. W-5 " + HEBREW);
    }

    @Test
    void anArabicNameOverSeveralLinesJoinedAndInOrder() throws Exception {
        assumeTrue(arabic, "fonts-noto-core is not installed (.ci/run installs it)");
        assertThat(readable("warrant-04.pdf")).contains("Registered Holder: " + ARABIC);
        assertThat(readable("closing-set.pdf").replaceAll("[()]", "")).contains("Warrant No. W-4 " + ARABIC);
    }

    private static String readable(String name) throws Exception {
        return Pdftotext.readable(dir, name, set.files().get(name));
    }
}
