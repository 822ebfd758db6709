package com.closingset.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.vladsch.flexmark.util.ast.Node;

/** Where inline handlers write: the phrase being filled and the style of the run at hand. */
final class InlineContext {
    private final Phrase target;
    private final TextStyle style;
    private final HouseStyle house;
    private final HeadingAnchors anchors;
    private final HandlerTable<InlineContext> handlers;

    InlineContext(Phrase target, TextStyle style, HouseStyle house, HeadingAnchors anchors, HandlerTable<InlineContext> handlers) {
        this.target = target;
        this.style = style;
        this.house = house;
        this.anchors = anchors;
        this.handlers = handlers;
    }

    TextStyle style() {
        return style;
    }

    InlineContext with(TextStyle newStyle) {
        return new InlineContext(target, newStyle, house, anchors, handlers);
    }

    void renderChildren(Node parent) {
        handlers.renderChildren(parent, this);
    }

    void text(String text) {
        if (text.isEmpty()) {
            return;
        }
        // Fonts have no glyph for a tab; a space is what Markdown means by one in running text.
        Chunk chunk = new Chunk(text.replace('\t', ' '), house.font(style));
        if (style.link() != null) {
            chunk.setUnderline(HouseStyle.LINK_UNDERLINE, -0.15f * style.size());
            if (style.link().startsWith("#")) {
                chunk.setLocalGoto(anchors.target(style.link().substring(1)));
            } else {
                chunk.setAnchor(style.link());
            }
        }
        target.add(chunk);
    }

    void lineBreak() {
        target.add(new Chunk("\n", house.font(style)));
    }
}
