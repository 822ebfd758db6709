package com.closingset.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.vladsch.flexmark.util.ast.Node;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where inline handlers write: the phrase being filled and the style of the run at hand. */
final class InlineContext {
    /** Three or more underscores are a blank to fill in; one or two are text ({@code snake_case}). */
    private static final Pattern SIGNATURE_LINE = Pattern.compile("_{3,}");
    private static final char NO_BREAK_SPACE = '\u00A0';

    private final Phrase target;
    private final TextStyle style;
    private final HouseStyle house;
    private final HeadingAnchors anchors;
    private final HandlerTable<InlineContext> handlers;
    private final float lineWidth;

    /** @param lineWidth the width of the lines the phrase is laid out in, in points */
    InlineContext(Phrase target, TextStyle style, HouseStyle house, HeadingAnchors anchors, HandlerTable<InlineContext> handlers,
                  float lineWidth) {
        this.target = target;
        this.lineWidth = lineWidth;
        this.style = style;
        this.house = house;
        this.anchors = anchors;
        this.handlers = handlers;
    }

    TextStyle style() {
        return style;
    }

    InlineContext with(TextStyle newStyle) {
        return new InlineContext(target, newStyle, house, anchors, handlers, lineWidth);
    }

    void renderChildren(Node parent) {
        handlers.renderChildren(parent, this);
    }

    void text(String text) {
        if (text.isEmpty()) {
            return;
        }
        // Fonts have no glyph for a tab; a space is what Markdown means by one in running text.
        String plain = text.replace('\t', ' ');
        if (!plain.contains("___")) {
            run(plain);
            return;
        }
        Matcher line = SIGNATURE_LINE.matcher(plain);
        int from = 0;
        while (line.find()) {
            run(plain.substring(from, line.start()));
            rule(line.end() - line.start());
            from = line.end();
        }
        run(plain.substring(from));
    }

    /**
     * A blank to sign or fill in, typed as underscores: drawn as one solid rule as wide as they are,
     * where the underscores would leave gaps and copy out as text. The rule underlines no-break
     * spaces, which keep it on one line and which justification does not stretch.
     */
    private void rule(int underscores) {
        Font font = house.font(style);
        BaseFont face = font.getBaseFont();
        float width = underscores * face.getWidthPoint('_', style.size());
        int spaces = Math.round(width / face.getWidthPoint(NO_BREAK_SPACE, style.size()));
        Chunk rule = new Chunk(String.valueOf(NO_BREAK_SPACE).repeat(spaces), font);
        rule.setUnderline(face.getFontDescriptor(BaseFont.UNDERLINE_THICKNESS, style.size()),
                face.getFontDescriptor(BaseFont.UNDERLINE_POSITION, style.size()));
        target.add(marked(rule));
    }

    private void run(String text) {
        if (text.isEmpty()) {
            return;
        }
        for (TextRuns.Run run : house.runs(style, text, lineWidth)) {
            chunk(run.text(), house.font(style, run.face()));
        }
    }

    private void chunk(String text, Font font) {
        if (style.link() == null && !target.isEmpty() && target.get(target.size() - 1) instanceof Chunk previous
                && !previous.hasAttributes() && previous.getFont().compareTo(font) == 0) {
            // Text of one style is one chunk, even where the source has a soft line break (drawn as
            // a space, its own run) or a run of only spaces, which OpenPDF's Phrase will not merge:
            // a line of the PDF then breaks and justifies alike however the paragraph's source lines run.
            previous.append(text);
            return;
        }
        Chunk chunk = new Chunk(text, font);
        if (style.link() != null) {
            chunk.setUnderline(HouseStyle.LINK_UNDERLINE, -0.15f * style.size());
            if (style.link().startsWith("#")) {
                chunk.setLocalGoto(anchors.target(style.link().substring(1)));
            } else {
                chunk.setAnchor(style.link());
            }
        }
        target.add(marked(chunk));
    }

    /**
     * A blackline's change: struck through once, or underlined twice, in the text's own colour; tagged
     * so that {@link ChangeBars} learns where each piece of it landed on the page.
     */
    private Chunk marked(Chunk chunk) {
        if (!style.changed()) {
            return chunk;
        }
        if (style.struck()) {
            chunk.setUnderline(null, 0, HouseStyle.CHANGE_RULE, 0, HouseStyle.STRIKE_RISE, PdfContentByte.LINE_CAP_BUTT);
        }
        if (style.inserted()) {
            chunk.setUnderline(null, 0, HouseStyle.CHANGE_RULE, 0, HouseStyle.UNDERLINE_DROP, PdfContentByte.LINE_CAP_BUTT);
            chunk.setUnderline(null, 0, HouseStyle.CHANGE_RULE, 0, HouseStyle.SECOND_UNDERLINE_DROP, PdfContentByte.LINE_CAP_BUTT);
        }
        chunk.setGenericTag(ChangeBars.TAG);
        return chunk;
    }

    void lineBreak() {
        // OpenPDF draws a chunk that is only a line break as a space ending the line, which pushes a
        // centered line off centre by half a space: the break ends the text before it instead.
        if (!target.isEmpty() && target.get(target.size() - 1) instanceof Chunk previous && !previous.hasAttributes()
                && !previous.isEmpty()) {
            previous.append("\n");
            return;
        }
        target.add(new Chunk("\n", house.font(style)));
    }
}
