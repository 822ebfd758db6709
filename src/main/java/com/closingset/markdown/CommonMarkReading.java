package com.closingset.markdown;

import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Flexmark 0.64 implements CommonMark 0.29; the template language is CommonMark 0.31.2, and the two
 * read some texts differently (emphasis beside a currency sign, a link label that folds case, a
 * list item indented too far, ...). Each document is therefore also read by CommonMark's reference
 * parser, and the words each reading shows are compared: where they differ, the renderer would draw
 * what CommonMark does not say, so the build stops instead. Only the visible characters are compared,
 * not white space or styles: a word dropped, added or garbled is what a reader would miss.
 */
final class CommonMarkReading {
    private static final Parser REFERENCE = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private CommonMarkReading() {
    }

    /** Where Flexmark's reading of {@code markdown} first shows other characters than CommonMark's; empty when none. */
    static Optional<Misreading> misreading(String markdown, com.vladsch.flexmark.util.ast.Node flexmark) {
        Node reference = REFERENCE.parse(markdown);
        VisibleText meant = new VisibleText(false);
        collect(reference, meant);
        if (FlexmarkText.of(flexmark, false).letters().contentEquals(meant.letters())) {
            return Optional.empty();
        }
        VisibleText drawn = FlexmarkText.of(flexmark);
        meant = new VisibleText();
        collect(reference, meant);
        String shown = drawn.letters();
        String read = meant.letters();
        int at = 0;
        while (at < shown.length() && at < read.length() && shown.charAt(at) == read.charAt(at)) {
            at++;
        }
        return Optional.of(Misreading.at(markdown, drawn.sourceOffsetOfLetter(at), drawn.around(at), meant.around(at)));
    }

    private static void collect(Node node, VisibleText out) {
        if (node instanceof Text t) {
            out.add(t.getLiteral(), 0);
        } else if (node instanceof Code c) {
            out.add(c.getLiteral(), 0);
        } else if (node instanceof FencedCodeBlock f) {
            out.add(f.getLiteral(), 0);
        } else if (node instanceof IndentedCodeBlock i) {
            out.add(i.getLiteral(), 0);
        } else if (node instanceof HtmlBlock h && !LayoutDirective.isDirectiveBlock(h.getLiteral())) {
            out.add(h.getLiteral(), 0);
        } else if (node instanceof HtmlInline h) {
            out.add(h.getLiteral(), 0);
        }
        // Blocks are apart however the source runs them together.
        if (node instanceof org.commonmark.node.Block || node instanceof org.commonmark.node.SoftLineBreak
                || node instanceof org.commonmark.node.HardLineBreak) {
            out.add(" ", 0);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, out);
        }
    }
}
