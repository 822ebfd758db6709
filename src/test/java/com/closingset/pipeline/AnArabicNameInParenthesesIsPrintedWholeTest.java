package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.Pdftotext;
import com.closingset.deal.DealFixture;
import com.closingset.pdf.FontChain;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Arabic investor's name with its company form in parentheses, as such names are written
 * ("(ذ.م.م)", a limited liability company), is printed whole on the warrant and in the binder: the
 * parentheses too, which the Arabic face has no glyphs for and Liberation draws, and its words in
 * order. Read back by poppler's pdftotext: it puts a line's right-to-left text back in reading order
 * its own way (the parentheses and the dots of "ذ.م.م" where it sees fit), so what is asserted is
 * what was drawn: the name's words, and its parentheses, which before were lost from the page. That
 * the words come in order across the two faces is {@code ARightToLeftNameReadsInOrderAcrossItsFacesTest}.
 */
class AnArabicNameInParenthesesIsPrintedWholeTest {
    private static final String NAME = "شركة الخليج للاستثمار (ذ.م.م)";

    @TempDir
    static Path dir;
    private static BuiltSet set;

    @BeforeAll
    static void build() throws Exception {
        assumeTrue(Pdftotext.installed(), "poppler-utils (pdftotext) is not installed");
        assumeTrue(FontChain.system().names().contains("NotoNaskhArabic"), "fonts-noto-core is not installed (.ci/run installs it)");
        String text = DealFixture.validText().replace("  - name: Lakeshore Growth Equity Trust", "  - name: " + NAME);
        Path deal = DealFixture.write(dir, "arabic-name.yaml", text);
        set = new Pipeline(DealFixture.TEMPLATES, Optional.empty(), ProductVersion.get(), 4).build(deal, "deal/arabic-name.yaml");
    }

    @Test
    void onTheWarrantTheHolderIsNamedWithItsParentheses() throws Exception {
        String holder = after(readable("warrant-04.pdf"), "Registered Holder: ", NAME.length());
        assertThat(holder).contains("شركة الخليج للاستثمار", "ذ");
        assertThat(parentheses(holder)).isEqualTo(2);
    }

    @Test
    void inTheBindersIndexTheTitleKeepsTheNamesParenthesesInsideItsOwn() throws Exception {
        // "Warrant No. W-4 (" + NAME + ")": the title's own pair and the name's.
        String entry = after(readable("closing-set.pdf"), "Warrant No. W-4 ", NAME.length() + 2);
        assertThat(entry).contains("شركة الخليج للاستثمار");
        assertThat(parentheses(entry)).isEqualTo(4);
    }

    private static String after(String text, String start, int length) {
        int at = text.indexOf(start);
        assertThat(at).as("\"%s\" in %s", start, text).isNotNegative();
        return text.substring(at + start.length(), Math.min(text.length(), at + start.length() + length));
    }

    private static long parentheses(String text) {
        return text.chars().filter(c -> c == '(' || c == ')').count();
    }

    private static String readable(String name) throws Exception {
        return Pdftotext.readable(dir, name, set.files().get(name));
    }
}
