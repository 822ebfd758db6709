package com.closingset.pdf;

import com.closingset.markdown.LayoutDirective;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Optional;

/**
 * The blocks between a layout directive and its end ({@link LayoutDirective}), gathered under one
 * node so that one handler draws them in the layout named; the directives themselves are dropped,
 * never drawn. The documents' directives were checked when they were assembled: here an end with
 * nothing open is ignored and a block left open runs to the document's end.
 */
public final class LayoutBlock extends Block {
    private final LayoutDirective layout;

    private LayoutBlock(LayoutDirective layout, BasedSequence chars) {
        super(chars);
        this.layout = layout;
    }

    public LayoutDirective layout() {
        return layout;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /** {@code document} with each directive's blocks moved under a layout block of their own. */
    public static Document gathered(Document document) {
        LayoutBlock open = null;
        Node next;
        for (Node block = document.getFirstChild(); block != null; block = next) {
            next = block.getNext();
            Optional<LayoutDirective> directive = LayoutDirective.of(block);
            if (open != null && open.layout() == LayoutDirective.LETTERHEAD && block instanceof ThematicBreak) {
                // The rule under a letterhead ends it; the letterhead draws its own.
                block.unlink();
                open = null;
            } else if (directive.isPresent()) {
                if (directive.get() == LayoutDirective.END) {
                    open = null;
                } else {
                    open = new LayoutBlock(directive.get(), block.getChars());
                    block.insertBefore(open);
                }
                block.unlink();
            } else if (open != null) {
                block.unlink();
                open.appendChild(block);
            }
        }
        return document;
    }
}
