package com.closingset.pipeline;

/**
 * Told each time one of a deal's documents has its PDF drawn, so a terminal can show how far a long
 * build has come. Called on the building thread, one call at a time, {@code done} rising from 1 to
 * {@code total}; the binder is not counted.
 */
@FunctionalInterface
public interface BuildProgress {
    BuildProgress NONE = (dealId, done, total) -> { };

    void documentRendered(String dealId, int done, int total);

    /**
     * Told as each stage of a build ends (set-up, loading, assembling, drawing, ...), a stage met again
     * for a second deal by the same name, so that where the time goes can be shown.
     */
    default void stageDone(String stage) {
    }
}
