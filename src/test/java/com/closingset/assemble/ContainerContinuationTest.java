package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence split off a list item or a block quote continues it: the new line is indented to the
 * item's text, or carries the quote's {@code >}, so the Markdown keeps its structure even for a
 * reader that does not allow lazy continuation lines.
 */
class ContainerContinuationTest {

    @Test
    void aBulletItemsNextSentenceIsIndentedToItsText() {
        assertThat(SentenceLines.split("- Written communications. Rule 425 applies.\n- Soliciting material."))
                .isEqualTo("- Written communications.\n  Rule 425 applies.\n- Soliciting material.");
    }

    @Test
    void anOrderedItemsNextSentenceIsIndentedToItsText() {
        assertThat(SentenceLines.split("1. First item. It has two sentences.\n10) Tenth item. Also two."))
                .isEqualTo("1. First item.\n   It has two sentences.\n10) Tenth item.\n    Also two.");
    }

    @Test
    void aQuotesNextSentenceKeepsTheQuoteMarker() {
        assertThat(SentenceLines.split("> The price is fixed. It will not change.\n>\n> Second paragraph. Two sentences."))
                .isEqualTo("> The price is fixed.\n> It will not change.\n>\n> Second paragraph.\n> Two sentences.");
    }

    @Test
    void anItemInAQuoteKeepsBothTheMarkerAndTheIndent() {
        assertThat(SentenceLines.split("> - Quoted item. Second sentence."))
                .isEqualTo("> - Quoted item.\n>   Second sentence.");
    }

    @Test
    void aContinuationLineKeepsItsOwnIndent() {
        assertThat(SentenceLines.split("- An item.\n   Its continued text. Another sentence."))
                .isEqualTo("- An item.\n   Its continued text.\n   Another sentence.");
    }
}
