package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.pdf.ClauseMarker.Kind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which paragraphs open with a clause marker, of which kind and at which depth: (i), (v) and (x)
 * are letters or numerals as the run around them says.
 */
class ClauseOutlineTest {

    @Test
    void romanClausesSitOneLevelBelowTheLetteredClauseTheyFollow() {
        assertThat(outline("(a) A.", "(i) B.", "(ii) C.", "(b) D."))
                .containsExactly("(a) LOWER_LETTER 1", "(i) LOWER_ROMAN 2", "(ii) LOWER_ROMAN 2", "(b) LOWER_LETTER 1");
    }

    @Test
    void theClauseAfterHIsTheLetterI() {
        assertThat(outline("(g) A.", "(h) B.", "(i) C.", "(j) D."))
                .containsExactly("(g) LOWER_LETTER 1", "(h) LOWER_LETTER 1", "(i) LOWER_LETTER 1", "(j) LOWER_LETTER 1");
    }

    @Test
    void anIFollowedByIiStartsNumeralsEvenAfterH() {
        // Section 5 of the placement agreement: (h) certificates stating that (i) ... (vi), then the letter (i).
        assertThat(outline("(h) A:", "(i) B;", "(ii) C;", "(vi) D.", "(i) E.", "(j) F."))
                .containsExactly("(h) LOWER_LETTER 1", "(i) LOWER_ROMAN 2", "(ii) LOWER_ROMAN 2", "(vi) LOWER_ROMAN 2",
                        "(i) LOWER_LETTER 1", "(j) LOWER_LETTER 1");
    }

    @Test
    void vAndXContinueTheRunTheyFollow() {
        assertThat(outline("(u) A.", "(v) B.", "(w) C.", "(x) D."))
                .containsExactly("(u) LOWER_LETTER 1", "(v) LOWER_LETTER 1", "(w) LOWER_LETTER 1", "(x) LOWER_LETTER 1");
        assertThat(outline("(a) A.", "(i) B.", "(ii) B.", "(iii) B.", "(iv) B.", "(v) C.", "(vi) C.", "(vii) C.",
                "(viii) C.", "(ix) C.", "(x) D.", "(b) E."))
                .endsWith("(v) LOWER_ROMAN 2", "(vi) LOWER_ROMAN 2", "(vii) LOWER_ROMAN 2", "(viii) LOWER_ROMAN 2",
                        "(ix) LOWER_ROMAN 2", "(x) LOWER_ROMAN 2", "(b) LOWER_LETTER 1");
    }

    @Test
    void numbersUnderANumeralGoDeeperAndTheNumeralRunResumes() {
        // Warrant section 9(e): (i), (ii) with (1) to (4) under it, then (iii).
        assertThat(outline("(e) A.", "(i) B.", "(ii) C:", "(1) D.", "(2) E.", "(iii) F.", "(f) G."))
                .containsExactly("(e) LOWER_LETTER 1", "(i) LOWER_ROMAN 2", "(ii) LOWER_ROMAN 2", "(1) NUMBER 3",
                        "(2) NUMBER 3", "(iii) LOWER_ROMAN 2", "(f) LOWER_LETTER 1");
    }

    @Test
    void upperCaseMarkersAndLetterDotsAreClausesToo() {
        assertThat(outline("(I) A.", "(II) B.", "(A) C."))
                .containsExactly("(I) UPPER_ROMAN 1", "(II) UPPER_ROMAN 1", "(A) UPPER_LETTER 2");
        assertThat(outline("a. A.", "b. B."))
                .containsExactly("a. LOWER_LETTER 1", "b. LOWER_LETTER 1");
    }

    @Test
    void aSectionParagraphHangsNothingAndStartsTheOutlineAfresh() {
        assertThat(outline("(a) A.", "(i) B.", "**4. Covenants.** The Company agrees:", "(i) C."))
                .containsExactly("(a) LOWER_LETTER 1", "(i) LOWER_ROMAN 2", "-", "(i) LOWER_ROMAN 1");
        // A marker right after the section number opens the run that the next paragraphs continue.
        assertThat(outline("**6. Indemnification.** (a) The Company will indemnify.", "(b) The Agent will."))
                .containsExactly("-", "(b) LOWER_LETTER 1");
    }

    @Test
    void aMarkerOnTheLineAfterTheSectionNumberOpensTheRunToo() {
        // One sentence per line puts "(A) ..." on a line of its own when the section number ends a sentence.
        assertThat(outline("**6. Indemnification.**\n(a) The Company will indemnify.", "(i) for losses;", "(b) The Agent will."))
                .containsExactly("-", "(i) LOWER_ROMAN 2", "(b) LOWER_LETTER 1");
    }

    @Test
    void proseInParenthesesIsNotAMarker() {
        assertThat(outline("(such number to be equal to 50%)", "(sic) A.", "(Print name)", "(a)", "A.G. Edwards acted."))
                .containsOnly("-");
    }

    @Test
    void theIndentAddsUpTheGuttersOfTheOpenRuns() {
        ClauseOutline outline = new ClauseOutline();
        ClauseMarker letter = outline.place("(a) A.", List.<String>of().iterator()).orElseThrow();
        ClauseMarker roman = outline.place("(xxxviii) B.", List.<String>of().iterator()).orElseThrow();

        assertThat(letter.indent()).isEqualTo(Kind.LOWER_LETTER.gutter());
        assertThat(roman.indent()).isEqualTo(Kind.LOWER_LETTER.gutter() + Kind.LOWER_ROMAN.gutter());
        assertThat(roman.length()).isEqualTo("(xxxviii) ".length());
    }

    /** Each paragraph's marker, kind and level ("-" for none), placed in order with the rest as what follows. */
    private static List<String> outline(String... paragraphs) {
        ClauseOutline outline = new ClauseOutline();
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            Optional<ClauseMarker> marker = outline.place(paragraphs[i],
                    List.of(paragraphs).subList(i + 1, paragraphs.length).iterator());
            placed.add(marker.map(m -> m.text() + " " + m.kind() + " " + m.level()).orElse("-"));
        }
        return placed;
    }
}
