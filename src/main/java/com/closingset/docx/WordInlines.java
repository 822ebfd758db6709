package com.closingset.docx;

import com.closingset.markdown.SourceText;
import com.closingset.pdf.HandlerTable;
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

/** One handler per inline node type, as the PDF's: text runs, emphasis, code spans, links, breaks, raw HTML. */
final class WordInlines {
    private WordInlines() {
    }

    static HandlerTable<RunWriter> table() {
        return common().orElse(WordInlines::unknown);
    }

    /**
     * The table plus a redline's marks, as Word's own revisions: {@code ~~deleted~~} and {@code ++inserted++}.
     * The space the Markdown sets between a deletion and the insertion that replaces it, so that the
     * two read apart, belongs to neither version: in Word, which colours them apart, it is left out,
     * as Word's own comparison does, or accepting and rejecting would each keep it.
     */
    static HandlerTable<RunWriter> redlineTable() {
        return common()
                .on(Strikethrough.class, (node, out) -> out.with(out.style().changed(RunStyle.Change.DELETED)).renderChildren(node))
                .on(Ins.class, (node, out) -> out.with(out.style().changed(RunStyle.Change.INSERTED)).renderChildren(node))
                .on(Text.class, (node, out) -> {
                    if (!betweenReplacedAndReplacing(node)) {
                        out.text(SourceText.unescaped(node.getChars()));
                    }
                })
                .orElse(WordInlines::unknown);
    }

    private static boolean betweenReplacedAndReplacing(Node text) {
        return text.getChars().toString().equals(" ") && text.getPrevious() instanceof Strikethrough && text.getNext() instanceof Ins;
    }

    private static HandlerTable.Builder<RunWriter> common() {
        return HandlerTable.<RunWriter>builder()
                .on(Text.class, (node, out) -> out.text(SourceText.unescaped(node.getChars())))
                .on(HtmlEntity.class, (node, out) -> out.text(SourceText.unescaped(node.getChars())))
                .on(SoftLineBreak.class, (node, out) -> out.text(" "))
                .on(HardLineBreak.class, (node, out) -> out.lineBreak())
                .on(Emphasis.class, (node, out) -> out.with(out.style().withItalic()).renderChildren(node))
                .on(StrongEmphasis.class, (node, out) -> out.with(out.style().withBold()).renderChildren(node))
                .on(Code.class, (node, out) -> out.with(out.style().inCode()).text(node.getText().toString()))
                .on(Link.class, (node, out) -> out.linked(node.getUrl().unescape(), link -> link.renderChildren(node)))
                .on(RefNode.class, WordInlines::reference)
                .on(AutoLink.class, (node, out) -> linkedText(node.getUrl().toString(), node.getText().toString(), out))
                .on(MailLink.class, (node, out) -> linkedText("mailto:" + node.getText(), node.getText().toString(), out))
                // Raw HTML is data in these documents: shown as typed, never interpreted.
                .on(HtmlInlineBase.class, (node, out) -> out.text(node.getChars().toString()));
    }

    private static void linkedText(String target, String text, RunWriter out) {
        out.linked(target, link -> link.text(text));
    }

    /** {@code [text][ref]}: a link when the reference is defined, otherwise the brackets as typed. */
    private static void reference(RefNode node, RunWriter out) {
        Reference definition = node.isDefined() ? node.getReferenceNode(node.getDocument()) : null;
        if (definition == null) {
            out.text(SourceText.unescaped(node.getChars()));
        } else {
            out.linked(definition.getUrl().unescape(), link -> link.renderChildren(node));
        }
    }

    private static void unknown(Node node, RunWriter out) {
        if (node.hasChildren()) {
            out.renderChildren(node);
        } else {
            out.text(SourceText.unescaped(node.getChars()));
        }
    }
}
