package com.closingset.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A layout directive shows no word in either reading of a document, Flexmark's (what the PDF draws)
 * or CommonMark's (what the template means), so the cross-check passes and nothing of it is drawn;
 * any other HTML block still shows, as both read it.
 */
class LayoutDirectivesAreInvisibleTest {
    private static final String DOCUMENT = "<!-- closingset: center -->\n\n**UNITED STATES**\n\n- Delaware\\\n  (State)\n"
            + "- 001-15957\n\n<!-- closingset: end -->\nCheck the box.\n";

    @Test
    void flexmarksReadingShowsNoDirective() {
        assertThat(FlexmarkText.of(MarkdownDialect.parser().parse(DOCUMENT)).letters())
                .isEqualTo("UNITEDSTATESDelaware(State)001-15957Checkthebox.");
    }

    @Test
    void bothReadingsAgree() {
        assertThat(MarkdownDialect.misreading(DOCUMENT)).isEmpty();
        assertThat(MarkdownDialect.layoutProblem(DOCUMENT)).isEmpty();
    }

    @Test
    void anotherCommentStillShows() {
        String note = "<!-- a drafting note -->\n\nText.\n";
        assertThat(FlexmarkText.of(MarkdownDialect.parser().parse(note)).letters()).startsWith("<!--adraftingnote-->");
    }
}
