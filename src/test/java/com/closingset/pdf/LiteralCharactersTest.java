package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the reader sees is the text the Markdown means: escapes resolved, HTML shown as typed, link text not targets. */
class LiteralCharactersTest {

    @Test
    void backslashEscapesPrintTheEscapedCharacter() throws Exception {
        String text = RenderedPdf.of("A\\*B\\_C \\[x\\] \\#1 \\| \\<y\\>\n\nPrice: \\$1.14 per unit.\n").text();

        assertThat(text).contains("A*B_C [x] #1 | <y>").contains("$1.14").doesNotContain("\\");
    }

    @Test
    void htmlEntitiesPrintTheirCharacter() throws Exception {
        String text = RenderedPdf.of("AT&amp;T &copy; 2007 &#8220;Company&#8221; &lt;tag&gt;\n").text();

        assertThat(text).contains("AT&T © 2007 “Company” <tag>");
    }

    @Test
    void rawHtmlIsPrintedAsTypedNotInterpreted() throws Exception {
        String text = RenderedPdf.of("Inline <b>bold?</b> here.\n\n<div class=\"x\">\nblock *text*\n</div>\n").text();

        assertThat(text).contains("Inline <b>bold?</b> here.").contains("<div class=\"x\">").contains("block *text*")
                .contains("</div>");
    }

    @Test
    void codeSpansKeepTheirBackslashes() throws Exception {
        String text = RenderedPdf.of("Run `a\\*b` now.\n").text();

        assertThat(text).contains("a\\*b");
    }

    @Test
    void linksPrintTheirTextAndAutolinksTheirAddress() throws Exception {
        String text = RenderedPdf.of("""
                See [the filing](http://example.com/secret-target) and [the index][idx], or <http://www.sec.gov>.

                [idx]: http://example.com/other-target
                """).text();

        assertThat(text).contains("See the filing and the index, or http://www.sec.gov.")
                .doesNotContain("secret-target").doesNotContain("other-target");
    }

    @Test
    void constructsWithoutTheirOwnHandlerStillPrintTheirText() throws Exception {
        String text = RenderedPdf.of("Logo: ![Capstone logo](logo.png) and [an undefined reference].\n").text();

        assertThat(text).contains("Logo: Capstone logo and [an undefined reference].");
    }
}
