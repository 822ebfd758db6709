package com.closingset.review;

import com.closingset.markdown.MarkdownDialect;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * One block of a document's Markdown, as the parser reads it, and what kind it is: the kind decides
 * whether it is compared as flowing text or line by line.
 */
record Block(Kind kind, List<String> lines) {
    // Flexmark's parser is safe to share between threads once built.
    private static final Parser PARSER = MarkdownDialect.parser();

    enum Kind {
        /** A paragraph, heading or quote: compared word by word as a whole, its lines reflowing freely. */
        FLOW,
        /** Rows compared one by one, a row's cells one by one: a mark never spans a cell. */
        TABLE,
        /** Items compared line by line, so a deleted item stays an item. */
        LIST,
        /** A thematic break: no words. */
        RULE
    }

    Block {
        lines = List.copyOf(lines);
    }

    String text() {
        return String.join("\n", lines);
    }

    /**
     * The document's blocks in order, as the parser reads them (Flexmark's syntax tree, in the
     * documents' dialect): each top-level block's source lines, blank lines between items of a list
     * left out, so a change of kind (a paragraph become a list) is never read as a change of words.
     */
    static List<Block> split(String markdown) {
        List<Block> blocks = new ArrayList<>();
        for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            List<String> lines = new ArrayList<>();
            for (String line : markdown.substring(node.getStartOffset(), node.getEndOffset()).split("\n", -1)) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            if (!lines.isEmpty()) {
                blocks.add(new Block(kind(node), lines));
            }
        }
        return blocks;
    }

    private static Kind kind(Node node) {
        if (node instanceof TableBlock) {
            return Kind.TABLE;
        }
        if (node instanceof ThematicBreak) {
            return Kind.RULE;
        }
        return node instanceof ListBlock ? Kind.LIST : Kind.FLOW;
    }
}
