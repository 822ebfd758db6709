package com.closingset.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A changed word is struck and its replacement inserted right after it, a space apart, in place;
 * everything else of the line is written as it was.
 */
class WordLevelMarksTest {

    @Test
    void aChangedWordIsStruckAndTheNewOneInsertedInPlace() {
        Redline r = DocumentRedline.of("The price is payable now.\n", "The price is payable today.\n");
        assertThat(r.markdown()).isEqualTo("The price is payable ~~now~~ ++today++.\n");
        assertThat(r.wordsDeleted()).isEqualTo(1);
        assertThat(r.wordsInserted()).isEqualTo(1);
    }

    @Test
    void aDeletedWordKeepsTheSpacesAroundIt() {
        assertThat(DocumentRedline.of("one two three\n", "one three\n").markdown()).isEqualTo("one ~~two~~ three\n");
        assertThat(DocumentRedline.of("one two three\n", "one two\n").markdown()).isEqualTo("one two ~~three~~\n");
        assertThat(DocumentRedline.of("one two three\n", "two three\n").markdown()).isEqualTo("~~one~~ two three\n");
        assertThat(DocumentRedline.of("one three\n", "one two three\n").markdown()).isEqualTo("one ++two++ three\n");
    }

    @Test
    void aHeadingStaysAHeading() {
        assertThat(DocumentRedline.of("# Title One\n", "# Title Two\n").markdown()).isEqualTo("# Title ~~One~~ ++Two++\n");
    }

    @Test
    void marksGoInsideEmphasisAndLinksNeverThroughThem() {
        Redline r = DocumentRedline.of("The **Agent** shall [see](#s-1) it.\n", "The **Broker** shall [look](#s-1) at it.\n");
        assertThat(r.markdown()).isEqualTo("The **~~Agent~~ ++Broker++** shall [~~see~~ ++look++](#s-1) ++at++ it.\n");
    }

    @Test
    void anUnchangedDocumentIsWrittenAsItWas() {
        String md = "# Heading\n\nA paragraph with **bold**, a [link](#x) and \\[brackets\\].\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        Redline r = DocumentRedline.of(md, md);
        assertThat(r.changed()).isFalse();
        assertThat(r.markdown()).isEqualTo(md);
        assertThat(r.wordsInserted() + r.wordsDeleted()).isZero();
    }

    @Test
    void aDocumentsOwnPlusSignCannotBecomeAMark() {
        // "A ++" next to an inserted "++C++" would otherwise read as one long insertion.
        assertThat(DocumentRedline.of("x = A + B\n", "x = A + C\n").markdown()).isEqualTo("x = A \\+ ~~B~~ ++C++\n");
    }
}
