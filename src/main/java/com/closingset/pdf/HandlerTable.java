package com.closingset.pdf;

import com.vladsch.flexmark.util.ast.Node;

import java.util.HashMap;
import java.util.Map;

/**
 * Node class to handler. A node is drawn by the handler of its own class or, failing that, of its
 * nearest registered superclass (one {@code ListItem} handler serves bullet and ordered items),
 * and by the fallback when neither exists, so a construct nobody registered still prints.
 */
public final class HandlerTable<C> {
    private final Map<Class<? extends Node>, NodeHandler<Node, C>> handlers;
    private final NodeHandler<Node, C> fallback;

    private HandlerTable(Map<Class<? extends Node>, NodeHandler<Node, C>> handlers, NodeHandler<Node, C> fallback) {
        this.handlers = Map.copyOf(handlers);
        this.fallback = fallback;
    }

    public static <C> Builder<C> builder() {
        return new Builder<>();
    }

    public void render(Node node, C context) {
        handlerFor(node.getClass()).render(node, context);
    }

    public void renderChildren(Node parent, C context) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            render(child, context);
        }
    }

    private NodeHandler<Node, C> handlerFor(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getSuperclass()) {
            NodeHandler<Node, C> handler = handlers.get(t);
            if (handler != null) {
                return handler;
            }
        }
        return fallback;
    }

    public static final class Builder<C> {
        private final Map<Class<? extends Node>, NodeHandler<Node, C>> handlers = new HashMap<>();

        public <N extends Node> Builder<C> on(Class<N> type, NodeHandler<N, C> handler) {
            handlers.put(type, (node, context) -> handler.render(type.cast(node), context));
            return this;
        }

        public HandlerTable<C> orElse(NodeHandler<Node, C> fallback) {
            return new HandlerTable<>(handlers, fallback);
        }
    }
}
