package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An Arabic name holding a mark its face has no glyph for (Noto Naskh Arabic has no parentheses,
 * ampersand, slash or hyphen) is drawn in two faces, the marks in Liberation. It is still one
 * right-to-left stretch: its words read in order and each mark is drawn where it stands. Before, each
 * face's run was reversed alone, so the words of "شركة (فرع) دبي" came out last to first, and a
 * parenthesis moved into the Arabic run to keep it beside its word vanished from the page.
 */
class ARightToLeftNameReadsInOrderAcrossItsFacesTest {
    private static HouseStyle house;

    @BeforeAll
    static void fonts() {
        house = ArabicHouse.assumed();
    }

    /** The runs as drawn, left to right, with Arabic's joined forms read as their letters and no-break spaces as spaces. */
    private static String drawn(List<TextRuns.Run> runs) {
        String text = runs.stream().map(TextRuns.Run::text).collect(Collectors.joining());
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u00A0', ' ');
    }

    @Test
    void theWordsOfANameInParenthesesComeRightToLeftAcrossTheFaces() {
        List<TextRuns.Run> runs = house.runs(TextStyle.of(12), "شركة (فرع) دبي", 400);

        // Left to right on the page: the last word first, each word's letters reversed, the parentheses mirrored.
        assertThat(drawn(runs)).isEqualTo("يبد (عرف) ةكرش");
    }

    @Test
    void theMarksTheArabicFaceLacksAreDrawnInLiberation() {
        List<TextRuns.Run> runs = house.runs(TextStyle.of(12), "شركة & شركاه (ذ.م.م) - فرع/دبي", 400);

        assertThat(runs).filteredOn(r -> r.text().chars().anyMatch(c -> "()&-/".indexOf(c) >= 0))
                .isNotEmpty().allMatch(r -> r.face().getPostscriptFontName().startsWith("LiberationSerif"));
        assertThat(drawn(runs)).isEqualTo("يبد/عرف - (م.م.ذ) هاكرش & ةكرش");
    }

    @Test
    void aNameBesideLatinTextStillKeepsTheTextInPlace() {
        List<TextRuns.Run> runs = house.runs(TextStyle.of(12), "to شركة (فرع) دبي, of 1,000 shares", 400);

        assertThat(drawn(runs)).isEqualTo("to يبد (عرف) ةكرش, of 1,000 shares");
    }
}
