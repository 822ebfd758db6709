package com.closingset.pdf;

import com.closingset.markdown.SourceText;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.ins.Ins;
import com.vladsch.flexmark.util.ast.Node;

/** One handler per inline node type: text runs, emphasis, code spans, links, breaks, raw HTML. */
final class InlineHandlers {
    private InlineHandlers() {
    }

    static HandlerTable<InlineContext> table() {
        return common().orElse(InlineHandlers::unknown);
    }

    /** The table plus a blackline's marks: {@code ~~deleted~~} struck in red, {@code ++inserted++} underlined in blue. */
    static HandlerTable<InlineContext> blacklineTable() {
        return common()
                .on(Strikethrough.class, (node, out) -> out.with(out.style().withStruck()).renderChildren(node))
                .on(Ins.class, (node, out) -> out.with(out.style().withInserted()).renderChildren(node))
                .orElse(InlineHandlers::unknown);
    }

    private static HandlerTable.Builder<InlineContext> common() {
        return HandlerTable.<InlineContext>builder()
                // Text keeps Markdown's backslash escapes in its characters; unescape() resolves them.
                .on(Text.class, (node, out) -> out.text(SourceText.unescaped(node.getChars())))
                .on(HtmlEntity.class, (node, out) -> out.text(SourceText.unescaped(node.getChars())))
                .on(SoftLineBreak.class, (node, out) -> out.text(" "))
                .on(HardLineBreak.class, (node, out) -> out.lineBreak())
                .on(Emphasis.class, (node, out) -> out.with(out.style().withItalic()).renderChildren(node))
                .on(StrongEmphasis.class, (node, out) -> out.with(out.style().withBold()).renderChildren(node))
                .on(Code.class, InlineHandlers::code)
                .on(Link.class, (node, out) -> linked(node, node.getUrl().unescape(), out))
                .on(RefNode.class, InlineHandlers::reference)
                .on(AutoLink.class, (node, out) -> out.with(out.style().linkedTo(node.getUrl().toString())).text(node.getText().toString()))
                .on(MailLink.class, (node, out) -> out.with(out.style().linkedTo("mailto:" + node.getText())).text(node.getText().toString()))
                // Raw HTML is data in these documents: shown as typed, never interpreted.
                .on(HtmlInlineBase.class, (node, out) -> out.text(node.getChars().toString()));
    }

    /** A code span's characters are literal: backslashes stay, and its line endings are spaces. */
    private static void code(Code node, InlineContext out) {
        TextStyle style = out.style();
        out.with(style.inMonospace(style.size() * HouseStyle.MONOSPACE_SCALE))
                .text(node.getText().toString().replace('\n', ' '));
    }

    private static void linked(Node node, String target, InlineContext out) {
        out.with(target.isEmpty() ? out.style() : out.style().linkedTo(target)).renderChildren(node);
    }

    /** {@code [text][ref]}: a link when the reference is defined, otherwise the brackets as typed. */
    private static void reference(RefNode node, InlineContext out) {
        Reference definition = node.isDefined() ? node.getReferenceNode(node.getDocument()) : null;
        if (definition == null) {
            out.text(SourceText.unescaped(node.getChars()));
        } else {
            linked(node, definition.getUrl().unescape(), out);
        }
    }

    private static void unknown(Node node, InlineContext out) {
        if (node.hasChildren()) {
            out.renderChildren(node);
        } else {
            out.text(SourceText.unescaped(node.getChars()));
        }
    }
}
