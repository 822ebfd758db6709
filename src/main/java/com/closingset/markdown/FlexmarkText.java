package com.closingset.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The characters the renderers draw of a Flexmark syntax tree, as the PDF's handlers draw them:
 * text unescaped, code as typed, an undefined reference as its brackets, no link definitions and
 * no table delimiter rows.
 */
final class FlexmarkText {
    private FlexmarkText() {
    }

    static VisibleText of(Node document) {
        return of(document, true);
    }

    /** @param placed whether the text is to know where each letter stands ({@link VisibleText#VisibleText(boolean)}) */
    static VisibleText of(Node document, boolean placed) {
        VisibleText out = new VisibleText(placed);
        collect(document, out);
        return out;
    }

    private static void collect(Node node, VisibleText out) {
        int at = node.getStartOffset();
        // Blocks, lines and a table's cells are apart however the source runs them together.
        if (node instanceof Block || node instanceof SoftLineBreak || node instanceof HardLineBreak || node instanceof TableCell) {
            out.add(" ", at);
        }
        if (node instanceof Text || node instanceof HtmlEntity) {
            out.add(SourceText.unescaped(node.getChars()), at);
        } else if (node instanceof Code c) {
            out.add(c.getText(), at);
        } else if (node instanceof FencedCodeBlock f) {
            out.add(f.getContentChars(), at);
        } else if (node instanceof IndentedCodeBlock i) {
            out.add(i.getContentChars(), at);
        } else if (node instanceof HtmlBlockBase && LayoutDirective.isLine(node.getChars().toString().strip())) {
            // A layout directive is drawn as the layout of the blocks it encloses, not as text.
            return;
        } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
            out.add(node.getChars(), at);
        } else if (node instanceof AutoLink a) {
            out.add(a.getText(), at);
        } else if (node instanceof MailLink m) {
            out.add(m.getText(), at);
        } else if (node instanceof RefNode r && !r.isDefined()) {
            out.add(SourceText.unescaped(node.getChars()), at);
        } else if (!(node instanceof Reference) && !(node instanceof TableSeparator)) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collect(child, out);
            }
        }
    }

}
