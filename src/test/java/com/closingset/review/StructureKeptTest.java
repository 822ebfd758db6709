package com.closingset.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The redline keeps the document's Markdown structure: a table row stays a row with its pipes, a
 * list item an item, a line of an address its own line; a paragraph deleted or inserted whole is
 * marked whole, and a rewritten paragraph is shown as one deleted and one inserted rather than a
 * word salad.
 */
class StructureKeptTest {

    @Test
    void tablesAreComparedRowByRowAndCellByCell() {
        String old = "| a | b |\n|---|---|\n| x y | z |\n| q | r |\n";
        String now = "| a | b |\n|---|---|\n| x w | z |\n| new | row |\n| q | r |\n";
        assertThat(DocumentRedline.of(old, now).markdown())
                .isEqualTo("| a | b |\n|---|---|\n| x ~~y~~ ++w++ | z |\n| ++new++ | ++row++ |\n| q | r |\n");
    }

    @Test
    void aDeletedRowStaysARow() {
        String old = "| a | b |\n|---|---|\n| gone | row |\n| q | r |\n";
        String now = "| a | b |\n|---|---|\n| q | r |\n";
        assertThat(DocumentRedline.of(old, now).markdown()).isEqualTo("| a | b |\n|---|---|\n| ~~gone~~ | ~~row~~ |\n| q | r |\n");
    }

    @Test
    void aDeletedListItemStaysAnItem() {
        assertThat(DocumentRedline.of("- one\n- two\n- three\n", "- one\n- three\n").markdown()).isEqualTo("- one\n- ~~two~~\n- three\n");
    }

    @Test
    void aDeletedLineOfAnAddressKeepsItsOwnLine() {
        String old = "A.G. Edwards & Sons\\\nOne North\\\nSt. Louis\n";
        assertThat(DocumentRedline.of(old, "A.G. Edwards & Sons\\\nSt. Louis\n").markdown())
                .isEqualTo("A.G. Edwards & Sons\\\n~~One North~~\\\nSt. Louis\n");
    }

    @Test
    void wholeParagraphsAreMarkedWholeAndARewriteIsNotMixedWordByWord() {
        String old = "**1. Description.** The Company agrees.\n\nA totally different paragraph about cats.\n";
        String now = "**1. Description.** The Company disagrees.\n\nSomething else entirely, about dogs.\n\nAnd one more.\n";
        assertThat(DocumentRedline.of(old, now).markdown()).isEqualTo("""
                **1. Description.** The Company ~~agrees~~ ++disagrees++.

                ~~A totally different paragraph about cats.~~

                ++Something else entirely, about dogs.++

                ++And one more.++
                """);
    }

    @Test
    void aDeletedHeadingIsStillAHeadingAndItsEmphasisStays() {
        assertThat(DocumentRedline.of("# Gone\n\nText.\n", "Text.\n").markdown()).isEqualTo("# ~~Gone~~\n\nText.\n");
        assertThat(DocumentRedline.of("Text.\n", "Text.\n\n**Bold** news.\n").markdown()).isEqualTo("Text.\n\n**++Bold++** ++news.++\n");
    }
}
