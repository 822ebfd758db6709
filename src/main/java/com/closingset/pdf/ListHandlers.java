package com.closingset.pdf;

import com.closingset.markdown.ListShape;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.util.ast.Node;

import java.util.function.IntFunction;

/**
 * Bullet and ordered lists with hanging markers: each item's text is indented by a gutter and
 * its marker hangs in that gutter, so wrapped lines align with the first line's text.
 */
final class ListHandlers {
    /** Nested bullet lists cycle through these, outermost first. */
    private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};

    private ListHandlers() {
    }

    static void bulletList(BulletList list, BlockContext ctx) {
        String bullet = BULLETS[ListShape.depth(list) % BULLETS.length];
        items(list, ctx, HouseStyle.BULLET_GUTTER, n -> bullet);
    }

    static void orderedList(OrderedList list, BlockContext ctx) {
        int start = list.getStartNumber();
        IntFunction<String> number = n -> (start + n) + String.valueOf(list.getDelimiter());
        // The gutter fits the widest number, so "10." does not run into its text.
        float widest = ctx.house().body().getBaseFont()
                .getWidthPoint(number.apply(ListShape.items(list) - 1), HouseStyle.BODY_SIZE);
        items(list, ctx, Math.max(HouseStyle.BULLET_GUTTER, widest + HouseStyle.MARKER_GAP), number);
    }

    /** The item itself: its blocks, in a context whose first paragraph carries the marker. */
    static void item(ListItem item, BlockContext ctx) {
        ctx.renderChildren(item);
        ctx.flushMarker();
    }

    private static void items(ListBlock list, BlockContext ctx, float gutter, IntFunction<String> marker) {
        float itemSpacing = list.isTight() ? HouseStyle.TIGHT_ITEM_SPACING : ctx.paragraphSpacing();
        int n = 0;
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            ctx.listItem(new ListMarker(marker.apply(n++), gutter), itemSpacing).render(child);
        }
        ctx.space(ctx.paragraphSpacing());
    }
}
