package com.closingset.pipeline;

import com.closingset.pdf.PdfRenderer;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The documents' renderers, at most one per thread rendering at once. A renderer loads its fonts
 * when made, and each render re-seeds its fonts' subset tags, so two threads must never share one;
 * handing them out from a pool (not one per thread) keeps them, fonts loaded, across deals whose
 * builds use fresh threads.
 */
final class RendererPool {
    private final ConcurrentLinkedQueue<PdfRenderer> idle = new ConcurrentLinkedQueue<>();

    /** A renderer no other thread holds until it is given back. */
    PdfRenderer take() {
        PdfRenderer r = idle.poll();
        return r != null ? r : new PdfRenderer();
    }

    void giveBack(PdfRenderer renderer) {
        idle.add(renderer);
    }
}
