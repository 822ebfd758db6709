package com.closingset.pipeline;

import com.closingset.pdf.FontChain;
import com.closingset.pdf.PdfRenderer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The documents' renderers, at most one per thread rendering at once. A renderer loads its fonts
 * when made, and each render re-seeds its fonts' subset tags, so two threads must never share one;
 * handing them out from a pool (not one per thread) keeps them, fonts loaded, across deals whose
 * builds use fresh threads.
 */
final class RendererPool {
    private final Map<FontChain, ConcurrentLinkedQueue<PdfRenderer>> idle = new ConcurrentHashMap<>();

    /** A renderer with the fonts of {@code chain}, which no other thread holds until it is given back. */
    PdfRenderer take(FontChain chain) {
        PdfRenderer r = queue(chain).poll();
        return r != null ? r : new PdfRenderer(chain);
    }

    void giveBack(FontChain chain, PdfRenderer renderer) {
        queue(chain).add(renderer);
    }

    private ConcurrentLinkedQueue<PdfRenderer> queue(FontChain chain) {
        return idle.computeIfAbsent(chain, c -> new ConcurrentLinkedQueue<>());
    }
}
