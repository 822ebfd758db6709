package com.closingset.review;

import java.util.Locale;

/**
 * What became of one document between the two versions a redline compares. Java code passes the
 * constant; the summary, the blackline's cover and the preview page print its {@link #word()}.
 */
public enum DocumentState {
    UNCHANGED,
    CHANGED,
    /** Only the new set has it. */
    INSERTED,
    /** Only the old set has it. */
    DELETED;

    static DocumentState of(boolean inOld, boolean inNew, boolean differs) {
        return !inOld ? INSERTED : !inNew ? DELETED : differs ? CHANGED : UNCHANGED;
    }

    /** The word SUMMARY.md, the blackline's cover and the preview page print, and the page's CSS class. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
