package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Where Flexmark (the renderers' parser, CommonMark 0.29) would show other words than CommonMark
 * 0.31.2 reads in a document, the build stops at the template's line instead of drawing them; what
 * both read alike, escaped or plain, assembles as before.
 */
class MarkdownReadAsCommonMarkReadsItTest extends OneTemplate {

    @Test
    void emphasisTheTwoParsersReadApartStopsAtItsLine() {
        // CommonMark 0.31 reads *** inside a word as strong emphasis; Flexmark would print the asterisks.
        assertThatThrownBy(() -> assemble("# Terms\n\nThe foo***bar***baz clause.\n"))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("templates/t.md.ftl:3:1: this Markdown would be drawn as \"Terms The foo***bar***baz clause.\""
                        + " where CommonMark reads \"Terms The foobarbaz clause.\"");
    }

    @Test
    void aCurrencySignBesideAnAsteriskIsPunctuationAsCommonMarkSays() {
        assertThatThrownBy(() -> assemble("*€*charlie.\n"))
                .isInstanceOf(AssemblyException.class)
                .hasMessageContaining("where CommonMark reads \"*€*charlie.\"");
    }

    @Test
    void siblingItemsIndentedApartStop() {
        assertThatThrownBy(() -> assemble("- a\n - b\n  - c\n   - d\n    - e\n"))
                .isInstanceOf(AssemblyException.class)
                .hasMessageContaining("where CommonMark reads \"a b c d - e\"");
    }

    @Test
    void whatBothReadAlikeAssemblesUnchanged() throws Exception {
        String plain = "# Terms\n\nThe *Shares* are sold at \\*$1.14\\* with **no** commission.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n";
        assertThat(assemble(plain)).isEqualTo(plain);
    }
}
