package com.closingset.review;

import com.closingset.deal.DealFile;
import com.closingset.figures.Wording;
import java.time.LocalDate;

/**
 * One side of a redline, as its cover and page headers name it: the deal file as the user named it,
 * and where it was read: a file as it stands (named with the deal's own date), a git revision
 * (named with the commit it resolved to, which a branch name or {@code HEAD~1} stops naming once
 * the history moves on), or the working tree.
 *
 * @param deal   the file to load
 * @param file   the deal file's path, without a revision
 * @param origin where the file was read
 * @param revision the revision as given, and {@code commit} what git resolved it to (both empty unless {@link Origin#REVISION})
 */
public record ComparedVersion(DealFile deal, String file, Origin origin, String revision, String commit) {
    private static final Wording WORDING = new Wording();
    /** A commit named by this many hex digits is unambiguous in any repository a deal lives in. */
    private static final int SHORT_COMMIT = 12;

    public enum Origin { FILE, REVISION, WORKING_TREE }

    /** A deal file as it stands. */
    public static ComparedVersion file(DealFile deal) {
        return new ComparedVersion(deal, deal.shown(), Origin.FILE, "", "");
    }

    /** Where the version was read, in words: {@code git revision HEAD~1, commit 48839c9a1b2c}. */
    String source(LocalDate dealDate) {
        return switch (origin) {
            case FILE -> "deal dated " + WORDING.date(dealDate);
            case REVISION -> "git revision " + revision + ", commit " + shortCommit();
            case WORKING_TREE -> "working tree, deal dated " + WORDING.date(dealDate);
        };
    }

    /** The version in a few words, for a page header: {@code deal/x.yaml at HEAD~1 (48839c9a1b2c)}. */
    String label(LocalDate dealDate) {
        return switch (origin) {
            case FILE -> file + ", " + WORDING.date(dealDate);
            case REVISION -> file + " at " + revision + " (" + shortCommit() + ")";
            case WORKING_TREE -> file + ", working tree";
        };
    }

    /** The commit as a redline names it: its first 12 hex digits. */
    public String shortCommit() {
        return shortened(commit);
    }

    /** A commit's id as a redline names it: its first 12 hex digits. */
    public static String shortened(String commit) {
        return commit.substring(0, Math.min(SHORT_COMMIT, commit.length()));
    }
}
