package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A footer names its document on the left and counts its pages on the right; a name too long for
 * the room is shortened at a word and ends in an ellipsis. A name with no space to cut at (a script
 * written without spaces, or one very long word) is cut between characters instead: before, it kept
 * its whole length and ran into the page number.
 */
class AFooterLabelWithoutSpacesIsCutToItsRoomTest {
    private static final float ROOM = 200;
    private final RunningFooter footer = new RunningFooter(new HouseStyle(FontChain.system()));

    @Test
    void aNameInAScriptWithoutSpacesIsCutBetweenCharacters() {
        String label = "株式会社東京投資顧問グローバル成長ファンド第三号投資事業有限責任組合日本橋支店".repeat(3);
        List<TextRuns.Run> fitted = footer.fitted(label, ROOM);

        assertThat(RunningFooter.width(fitted)).isLessThanOrEqualTo(ROOM);
        String shown = text(fitted);
        assertThat(shown).endsWith("\u2026");
        assertThat(label).startsWith(shown.substring(0, shown.length() - 1));
        assertThat(shown.length()).as("as much of the name as the room holds").isGreaterThan(10);
    }

    @Test
    void aCombiningMarkStaysWithItsLetter() {
        String label = "e\u0301".repeat(200);
        List<TextRuns.Run> fitted = footer.fitted(label, ROOM);
        String shown = text(fitted);

        assertThat(RunningFooter.width(fitted)).isLessThanOrEqualTo(ROOM);
        // Drawn composed (NFC): the accent on its letter, not a lone accent before the ellipsis.
        assertThat(shown).endsWith("\u00E9\u2026").doesNotContain("\u0301");
    }

    @Test
    void aNameWithSpacesIsStillCutAtAWord() {
        String label = "Subscription Agreement of " + "Harborview Opportunity Fund ".repeat(6).trim();
        String shown = text(footer.fitted(label, ROOM));

        assertThat(RunningFooter.width(footer.fitted(label, ROOM))).isLessThanOrEqualTo(ROOM);
        assertThat(label).startsWith(shown.substring(0, shown.length() - 1) + " ");
    }

    private static String text(List<TextRuns.Run> runs) {
        return runs.stream().map(TextRuns.Run::text).collect(Collectors.joining());
    }
}
