package com.closingset.markdown;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.util.ast.Node;

/** What every renderer asks of a list to mark its items: how many there are, how deep a bullet list is nested. */
public final class ListShape {
    private ListShape() {
    }

    /** How many items {@code list} has, at least one (an ordered list's widest number is asked of it). */
    public static int items(ListBlock list) {
        int n = 0;
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            n++;
        }
        return Math.max(n, 1);
    }

    /** How many bullet lists {@code list} is inside: nested bullet lists cycle through their bullets by it. */
    public static int depth(BulletList list) {
        int depth = 0;
        for (Node p = list.getParent(); p != null; p = p.getParent()) {
            if (p.getClass() == BulletList.class) {
                depth++;
            }
        }
        return depth;
    }
}
