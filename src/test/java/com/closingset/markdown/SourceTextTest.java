package com.closingset.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;

/** Reading a node's source at once gives exactly the strings Flexmark's own toString() and unescape() give. */
class SourceTextTest {
    private static final String MARKDOWN = "# Title &amp; more\n\n(a) A *clause* with \\*escapes\\* and AT&amp;T.\n"
            + "A second line, a NUL \u0000 here, and `code`.\n\n> quoted\n> text\n\n- item one\n- item two\n";

    @Test
    void everyNodeReadsAsFlexmarkReadsIt() {
        Node document = Parser.builder().build().parse(MARKDOWN);
        int nodes = 0;
        for (Node node : document.getDescendants()) {
            assertThat(SourceText.of(node.getChars())).isEqualTo(node.getChars().toString());
            assertThat(SourceText.unescaped(node.getChars())).isEqualTo(node.getChars().unescape());
            nodes++;
        }
        assertThat(nodes).isGreaterThan(10);
    }
}
