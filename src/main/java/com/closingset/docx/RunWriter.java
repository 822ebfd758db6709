package com.closingset.docx;

import com.closingset.pdf.HandlerTable;
import com.vladsch.flexmark.util.ast.Node;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Where inline handlers write: the paragraph's runs being filled and the style of the run at hand. */
final class RunWriter {
    private static final Pattern HYPHEN_BY_DIGIT = Pattern.compile("(?<=\\d)-|-(?=\\d)");

    private final StringBuilder runs;
    private final RunStyle style;
    private final WordBody body;
    private final HandlerTable<RunWriter> handlers;

    RunWriter(StringBuilder runs, RunStyle style, WordBody body, HandlerTable<RunWriter> handlers) {
        this.runs = runs;
        this.style = style;
        this.body = body;
        this.handlers = handlers;
    }

    RunStyle style() {
        return style;
    }

    RunWriter with(RunStyle newStyle) {
        return new RunWriter(runs, newStyle, body, handlers);
    }

    void renderChildren(Node parent) {
        handlers.renderChildren(parent, this);
    }

    void render(Node node) {
        handlers.render(node, this);
    }

    /** A link's runs, inside the hyperlink that makes them one: to a heading of this document, or out of it. */
    void linked(String target, Consumer<RunWriter> content) {
        if (target.isEmpty() || style.link() != null) {
            content.accept(this);
            return;
        }
        String opening = target.startsWith("#")
                ? "<w:hyperlink w:anchor=\"" + WordXml.escaped(Bookmarks.nameOf(target.substring(1))) + "\">"
                : "<w:hyperlink r:id=\"" + body.hyperlink(target) + "\">";
        runs.append(opening);
        content.accept(with(style.linkedTo(target)));
        runs.append("</w:hyperlink>");
    }

    void text(String text) {
        if (text.isEmpty()) {
            return;
        }
        // A tab in running text is what Markdown means by a space; Word's tab would jump to a stop.
        String t = WordXml.escaped(text.replace('\t', ' ').replace('\n', ' '));
        String element = style.change() == RunStyle.Change.DELETED ? "w:delText" : "w:t";
        String open = "<" + element + " xml:space=\"preserve\">";
        String close = "</" + element + ">";
        // As in the PDF, a line never breaks at a hyphen beside a digit ("No. 333-128164", "Form 8-K").
        String unbroken = t.indexOf('-') < 0 ? t : HYPHEN_BY_DIGIT.matcher(t).replaceAll(close + "<w:noBreakHyphen/>" + open);
        run(open + unbroken + close);
    }

    void lineBreak() {
        run("<w:br/>");
    }

    /** A tab: what hangs a clause's or list item's marker in its gutter. */
    void tab() {
        run("<w:tab/>");
    }

    private void run(String content) {
        String r = "<w:r>" + style.properties() + content + "</w:r>";
        runs.append(switch (style.change()) {
            case NONE -> r;
            case DELETED -> body.revision("w:del") + r + "</w:del>";
            case INSERTED -> body.revision("w:ins") + r + "</w:ins>";
        });
    }
}
