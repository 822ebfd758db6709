package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each sentence of a paragraph goes on a line of its own; nothing else about the text changes. */
class SentencePerLineTest {

    @Test
    void aParagraphOfThreeSentencesBecomesThreeLines() {
        assertThat(SentenceLines.split("""
                Intro.

                The price is $1.14 per unit. The Warrants are exercisable at $1.30 per share. They expire in 2012.

                Outro.
                """)).isEqualTo("""
                Intro.

                The price is $1.14 per unit.
                The Warrants are exercisable at $1.30 per share.
                They expire in 2012.

                Outro.
                """);
    }

    @Test
    void sentencesEndingInQuotesParenthesesOrEmphasisBreakAfterThem() {
        assertThat(SentenceLines.split("It is “final.” See Section 9(b). **1. Description.** The Company (as defined). *So it is.* Done?"))
                .isEqualTo("It is “final.”\nSee Section 9(b).\n**1. Description.**\nThe Company (as defined).\n*So it is.*\nDone?");
    }

    @Test
    void aHardBreakStaysAtTheEndOfTheLastSentence() {
        assertThat(SentenceLines.split("Attention: Chief Financial Officer. Facsimile: (818) 734-5321.\\\nNext line."))
                .isEqualTo("Attention: Chief Financial Officer.\nFacsimile: (818) 734-5321.\\\nNext line.");
    }

    @Test
    void aLineWithOneSentenceIsLeftAsItIs() {
        String one = "The Company shall pay the Placement Agent a fee equal to 4.8% of the gross proceeds.";
        assertThat(SentenceLines.split(one)).isEqualTo(one);
    }

    @Test
    void sentencesSeparatedByMoreThanOneSpaceStayTogether() {
        // Two spaces draw wider than one in the PDF; a line break would draw as one.
        assertThat(SentenceLines.split("First.  Second.")).isEqualTo("First.  Second.");
    }
}
