package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Hebrew and Arabic are drawn in the order a reader's eye meets them on the page, right to left,
 * Arabic letters joined; what surrounds a right-to-left name in left-to-right text stays in place.
 */
class RightToLeftTest {
    @Test
    void hebrewWordsAreReversedAndKeptOnOneLine() {
        assertThat(RightToLeft.visual("בנק לאומי")).isEqualTo("ימואל\u00A0קנב");
    }

    @Test
    void parenthesesAroundANameStayWhereTheLeftToRightTextPutsThem() {
        assertThat(RightToLeft.visual(" (בנק) ")).isEqualTo(" (קנב) ");
    }

    @Test
    void arabicLettersTakeTheirJoinedFormsAndLamAlefItsLigature() {
        // سلام: initial seen, medial lam-alef ligature read as its final form, final meem.
        assertThat(RightToLeft.visual("سلام")).isEqualTo("\uFEE1\uFEFC\uFEB3");
    }

    @Test
    void digitsAfterArabicLettersReadLeftToRightWithinTheName() {
        assertThat(RightToLeft.visual("شركة 2000")).startsWith("2000").endsWith("\uFEB7");
    }
}
