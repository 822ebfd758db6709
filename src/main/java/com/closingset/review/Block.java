package com.closingset.review;

import com.closingset.markdown.MarkdownDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One block of a document's Markdown, as blank lines separate them, and what kind it is: the kind
 * decides whether it is compared as flowing text or line by line.
 */
record Block(Kind kind, List<String> lines) {
    private static final Pattern RULE = MarkdownDialect.THEMATIC_BREAK;
    private static final Pattern LIST_ITEM = MarkdownDialect.LIST_ITEM;
    private static final Pattern TABLE_ROW = MarkdownDialect.TABLE_ROW;

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

    /** The document's blocks in order. */
    static List<Block> split(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            if (line.isBlank()) {
                if (!lines.isEmpty()) {
                    blocks.add(of(lines));
                    lines.clear();
                }
            } else {
                lines.add(line);
            }
        }
        if (!lines.isEmpty()) {
            blocks.add(of(lines));
        }
        return blocks;
    }

    private static Block of(List<String> lines) {
        Kind kind = Kind.FLOW;
        if (lines.stream().allMatch(l -> TABLE_ROW.matcher(l).matches()) && lines.size() >= 2) {
            kind = Kind.TABLE;
        } else if (lines.size() == 1 && RULE.matcher(lines.get(0)).matches()) {
            kind = Kind.RULE;
        } else if (LIST_ITEM.matcher(lines.get(0)).matches()) {
            kind = Kind.LIST;
        }
        return new Block(kind, lines);
    }
}
