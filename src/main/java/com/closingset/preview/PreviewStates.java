package com.closingset.preview;

import java.time.Duration;
import java.util.function.UnaryOperator;

/** The preview's current state, replaced whole by the builds, waited on by the pages' event streams. */
final class PreviewStates {
    private PreviewState current = PreviewState.FIRST;

    synchronized PreviewState current() {
        return current;
    }

    /** Publishes the state {@code change} makes of the current one, and wakes every page waiting. */
    synchronized PreviewState update(UnaryOperator<PreviewState> change) {
        current = change.apply(current);
        notifyAll();
        return current;
    }

    /** The first state after generation {@code seen}, or the current one if none comes within {@code wait}. */
    synchronized PreviewState after(long seen, Duration wait) throws InterruptedException {
        long until = System.nanoTime() + wait.toNanos();
        while (current.generation() == seen) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return current;
    }
}
