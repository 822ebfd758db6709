package com.closingset.pdf;

import com.vladsch.flexmark.util.ast.Node;

/** Draws one kind of Markdown node, like Flexmark's {@code NodeRenderingHandler}. */
@FunctionalInterface
public interface NodeHandler<N extends Node, C> {
    void render(N node, C context);
}
