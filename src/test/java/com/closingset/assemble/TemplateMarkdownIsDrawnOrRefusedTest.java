package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A template's own Markdown reaches the document as it means: a drafting note in an HTML comment
 * never does, a hard break written as two trailing spaces stays a break, a first line's indent is
 * kept; raw HTML and images, which a closing document has no use for, stop the build naming the
 * template's line and column, never printed as tags or dropped without a word.
 */
class TemplateMarkdownIsDrawnOrRefusedTest extends OneTemplate {

    @Test
    void aDraftingNoteInAnHtmlCommentReachesNoDocument() throws Exception {
        assertThat(assemble("The price is firm.<!-- confirm price with A.G. Edwards --> It is $1.14.\n\n<!-- a block note\nover lines -->\n\nEnd.\n"))
                .isEqualTo("The price is firm. It is $1.14.\n\nEnd.\n")
                .doesNotContain("confirm");
    }

    @Test
    void twoTrailingSpacesAreAHardBreakStill() throws Exception {
        assertThat(assemble("21211 Nordhoff Street  \nChatsworth, California 91311\n"))
                .isEqualTo("21211 Nordhoff Street\\\nChatsworth, California 91311\n");
    }

    @Test
    void trailingSpacesBeforeAnUnderlineOrAfterABareMarkerAreNoBreak() throws Exception {
        assertThat(assemble("Foo  \n-----\n")).isEqualTo("Foo\n-----\n");
        assertThat(assemble(">\n>  \n> quoted\n")).isEqualTo(">\n>\n> quoted\n");
        assertThat(assemble("-   \n  foo\n")).isEqualTo("-\n  foo\n");
    }

    @Test
    void aCommentShownAsCodeStaysCode() throws Exception {
        assertThat(assemble("```\n<!-- kept -->\n```\n")).isEqualTo("```\n<!-- kept -->\n```\n");
    }

    @Test
    void theFirstLinesIndentIsKept() throws Exception {
        assertThat(assemble("    indented code\n")).isEqualTo("    indented code\n");
    }

    @Test
    void rawHtmlIsRefusedAtItsPlaceInTheTemplate() {
        assertThatThrownBy(() -> assemble("# Title\n\nThe <u>Company</u> agrees.\n"))
                .isInstanceOf(AssemblyException.class)
                .hasMessage("templates/t.md.ftl:3:5: raw HTML <u> is not drawn in a closing document; write it in Markdown "
                        + "(**bold**, *italic*, a backslash line break)");
    }

    @Test
    void anImageIsRefusedAtItsPlaceInTheTemplate() {
        assertThatThrownBy(() -> assemble("Logo: ![seal](seal.png)\n"))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("templates/t.md.ftl:1:7: an image ![seal](seal.png) is not drawn");
    }

    @Test
    void anAutolinkAndHtmlInACodeSpanOrAnEscapedValueAreNotHtml() throws Exception {
        assertThat(assemble("See <http://www.sec.gov> and `<u>` and ${\"<u>x</u>\"}.\n"))
                .isEqualTo("See <http://www.sec.gov> and `<u>` and \\<u\\>x\\</u\\>.\n");
    }

    @Test
    void twoTrailingSpacesInsideACodeSpanAreTheSpansOwn() throws Exception {
        assertThat(assemble("``\nfoo\nbar  \nbaz\n``\n")).isEqualTo("``\nfoo\nbar\nbaz\n``\n").doesNotContain("\\");
    }

    @Test
    void textAfterACommentOnItsOwnLineIsRefused() {
        // CommonMark reads the whole line as an HTML block: "*bar*" would be shown raw, not in italics.
        assertThatThrownBy(() -> assemble("Intro.\n\n<!-- foo -->*bar*\n*baz*\n"))
                .isInstanceOf(AssemblyException.class)
                .hasMessage("templates/t.md.ftl:3:13: \"*bar*\" follows a comment on the comment's own line, where CommonMark"
                        + " reads it as raw HTML; put the comment on a line of its own");
    }
}
