package com.closingset.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * XML 1.0 cannot carry a control character, and Word calls a file holding one corrupt: the drawing
 * stops, in one line naming the character, rather than write a file Word will not open.
 */
class ACharacterWordCannotHoldStopsTheDrawingTest {

    @Test
    void aControlCharacterStopsTheDrawingNamingIt() {
        assertThatThrownBy(() -> MarkdownBecomesWordsOwnStructuresTest.render("The bell\u0007 rings.\n"))
                .isInstanceOf(UnwritableText.class)
                .hasMessage("a Word document cannot hold U+0007 <control-0007> (a control character) in \"The bell\u0007 rings.\"")
                .satisfies(e -> assertThat(((UnwritableText) e).codePoint()).isEqualTo(7));
    }

    @Test
    void tabsLineEndingsAndEveryOtherCharacterAreWritten() throws Exception {
        assertThat(new WordFile(MarkdownBecomesWordsOwnStructuresTest.render("Tab\there, 日本, \uD83D\uDE00, \u00A7 5.\n")).text())
                .isEqualTo("Tab here, 日本, \uD83D\uDE00, \u00A7 5.");
    }
}
