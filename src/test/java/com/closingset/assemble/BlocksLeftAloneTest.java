package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Only paragraph text is split: code, tables, headings, HTML, thematic breaks and blank lines are
 * not running text, and a line break would change what they are or show.
 */
class BlocksLeftAloneTest {

    private static void leftAlone(String markdown) {
        assertThat(SentenceLines.split(markdown)).isEqualTo(markdown);
    }

    @Test
    void fencedCode() {
        leftAlone("```\nFirst. Second.\n- Item. Text.\n```\n\n~~~~\nA. B. C. D.\n~~~~");
    }

    @Test
    void indentedCode() {
        leftAlone("Text.\n\n    Code line one. Still code.\n    More. Code.");
    }

    @Test
    void tableRows() {
        leftAlone("| Exhibit | Description |\n|---|---|\n| 1.1 | Agreement. See terms. |\nrow without pipe. Second.");
    }

    @Test
    void headings() {
        leftAlone("# Item 1.01. Entry Into a Material Definitive Agreement. Part Two.\n\n## A. Second. Level.");
    }

    @Test
    void setextHeadings() {
        leftAlone("Heading one. Continued.\n===\n\nHeading two. Continued.\n---");
    }

    @Test
    void htmlBlocks() {
        leftAlone("<div>\nFirst. Second.\n</div>\n\n<!-- A comment. Another. -->");
    }

    @Test
    void blankLinesAndThematicBreaks() {
        leftAlone("\n\n---\n\n* * *\n\n___\n");
    }
}
