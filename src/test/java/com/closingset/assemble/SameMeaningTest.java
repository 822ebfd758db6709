package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One sentence per line changes how the Markdown is laid out, not what it says: for every document
 * of both deals, Flexmark (as the PDF renderer sets it up) reads the same text and the same blocks
 * in the same order from the Markdown before and after the sentences are split.
 */
class SameMeaningTest {
    private static final Parser PARSER = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();
    private static final List<Arguments> DOCUMENTS = new ArrayList<>();

    @BeforeAll
    static void assembleBothDeals() throws Exception {
        for (Path deal : DealMarkdown.DEALS) {
            Map<String, String> before = DealMarkdown.of(deal, false);
            Map<String, String> after = DealMarkdown.of(deal, true);
            assertThat(after).hasSameSizeAs(before);
            before.forEach((output, markdown) -> DOCUMENTS.add(Arguments.of(deal.getFileName() + ":" + output, markdown, after.get(output))));
        }
        // The templates keep a sentence per line too, so a short document may come out of them split
        // already; most of the set's documents still have lines that interpolations join.
        long split = DOCUMENTS.stream().filter(a -> !a.get()[1].equals(a.get()[2])).count();
        assertThat(split).as("documents whose sentences the assembler splits").isGreaterThan(DOCUMENTS.size() / 2);
    }

    static Stream<Arguments> documents() {
        return DOCUMENTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void readsTheSameTextInTheSameBlocks(String document, String before, String after) {
        Node was = PARSER.parse(before);
        Node is = PARSER.parse(after);
        assertThat(text(is)).isEqualTo(text(was));
        assertThat(blocks(is)).isEqualTo(blocks(was));
    }

    /**
     * The document's text, white space normalised. Collected block by block: over a whole document,
     * Flexmark 0.64.8's TextCollectingVisitor trips its own length assertion (run with -ea) on some
     * of these documents, as they were before any split too, and on a list whose items hold hard
     * breaks (the 8-K cover's row): such a block is collected child by child.
     */
    private static String text(Node document) {
        StringBuilder text = new StringBuilder();
        collect(document, text);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static void collect(Node parent, StringBuilder text) {
        for (Node block : parent.getChildren()) {
            try {
                text.append(new TextCollectingVisitor().collectAndGetText(block)).append(' ');
            } catch (AssertionError e) {
                collect(block, text);
            }
        }
    }

    /** Every block node, depth first, as its class and nesting depth. */
    private static List<String> blocks(Node document) {
        List<String> blocks = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Block) {
                int depth = 0;
                for (Node up = node.getParent(); up != null; up = up.getParent()) {
                    depth++;
                }
                blocks.add(depth + " " + node.getClass().getSimpleName());
            }
        }
        return blocks;
    }
}
