package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Hebrew and Arabic are drawn in the order a reader's eye meets them on the page, right to left,
 * Arabic letters joined; what surrounds a right-to-left name in left-to-right text stays in place;
 * a name wider than its line is cut into lines that read in the order of its words.
 */
class RightToLeftTest {
    private static final Predicate<String> ANY_WIDTH = text -> true;
    private static final char NBSP = '\u00A0';

    @Test
    void hebrewWordsAreReversedAndKeptOnOneLine() {
        assertThat(RightToLeft.visual("בנק לאומי", ANY_WIDTH)).isEqualTo("ימואל\u00A0קנב");
    }

    @Test
    void parenthesesAroundANameStayWhereTheLeftToRightTextPutsThem() {
        assertThat(RightToLeft.visual(" (בנק) ", ANY_WIDTH)).isEqualTo(" (קנב) ");
    }

    @Test
    void arabicLettersTakeTheirJoinedFormsAndLamAlefItsLigature() {
        // سلام: initial seen, medial lam-alef ligature read as its final form, final meem.
        assertThat(RightToLeft.visual("سلام", ANY_WIDTH)).isEqualTo("\uFEE1\uFEFC\uFEB3");
    }

    @Test
    void digitsAfterArabicLettersReadLeftToRightWithinTheName() {
        assertThat(RightToLeft.visual("شركة 2000", ANY_WIDTH)).startsWith("2000").endsWith("\uFEB7");
    }

    /** Hebrew is drawn in the text's own face, so a name and the sentence after it are one run. */
    @Test
    void leftToRightTextAfterANameStaysInPlaceDigitsAndAll() {
        assertThat(RightToLeft.visual("קרן השקעות, holder of 1,000 shares", ANY_WIDTH))
                .isEqualTo("תועקשה" + NBSP + "ןרק, holder of 1,000 shares");
    }

    @Test
    void aLatinWordInsideAHebrewNameKeepsItsPlaceBetweenTheWordsEitherSide() {
        assertThat(RightToLeft.visual("בנק ABC לאומי", ANY_WIDTH)).isEqualTo("קנב ABC ימואל");
    }

    /** Each piece fills a line alone and is reversed alone, so the first words come on the first line. */
    @Test
    void aNameWiderThanItsLineIsCutAtSpacesIntoPiecesInTheOrderOfItsWords() {
        Predicate<String> sevenLetters = text -> text.length() <= 7;
        assertThat(RightToLeft.visual("אבג דהו זחט יכל מ", sevenLetters))
                .isEqualTo("והד" + NBSP + "גבא" + " " + "לכי" + NBSP + "טחז" + " " + "מ");
    }

    @Test
    void whatTouchesTheNameWithoutASpaceCountsInItsFirstLine() {
        Predicate<String> sevenLetters = text -> text.length() <= 7;
        assertThat(RightToLeft.visual("(אבג דהו)", sevenLetters)).isEqualTo("(גבא והד)");
    }

    @Test
    void aWordWiderThanItsLineIsCutBetweenLetters() {
        Predicate<String> threeLetters = text -> text.length() <= 3;
        assertThat(RightToLeft.visual("אבגדהוז", threeLetters)).isEqualTo("גבא והד ז");
    }
}
