package com.closingset.preview;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the preview page shows, as one immutable value the page's template reads: each deal's
 * documents with their pages, those the last change touched marked, each deal's redline against
 * the last commit, and the last build's error, if it failed (the set shown is then the last good one).
 *
 * @param generation counts the states published, so that a page can tell it is behind
 * @param error      the failed build's one-line message, empty when the last build succeeded
 * @param building   whether a build is running now
 * @param watching   what serve watches for saves: {@code deal/}, {@code templates/} and each deal file named outside them
 * @param removed    the deal files of {@code deal/} that the last commit has and the working tree no longer does
 */
public record PreviewState(long generation, List<DealView> deals, String error, boolean building, List<String> watching,
                           List<RemovedDeal> removed) {

    static final PreviewState FIRST = new PreviewState(0, List.of(), "", true);

    /** A state of a preview that watches {@code deal/} and {@code templates/} alone, with no deal file removed since the last commit. */
    public PreviewState(long generation, List<DealView> deals, String error, boolean building) {
        this(generation, deals, error, building, Preview.watching(List.of()), List.of());
    }

    /** Whether the page links {@code file} of deal {@code dealId}'s output: a document's PDF or Word file, or the binder. */
    boolean lists(String dealId, String file) {
        // A document without a Word file (the binder) has "" for one: the deal's folder is no file the page links.
        return !file.isEmpty() && deals.stream().filter(d -> d.id().equals(dealId)).flatMap(d -> Stream.concat(d.documents().stream(),
                Stream.of(d.binder()))).anyMatch(v -> v.file().equals(file) || v.wordFile().equals(file));
    }

    /**
     * A deal file the last commit has where every deal is built from, and the working tree no longer
     * has: a change against the last commit that no deal's redline can show.
     *
     * @param file    the file as the project names it: {@code deal/x.yaml}
     * @param called  what the last commit's file calls its deal, {@code Name (id)}; empty when it does not load
     */
    public record RemovedDeal(String file, String called) {
    }

    /**
     * One deal's set as built.
     *
     * @param redline the redline against the last commit, once compared
     */
    public record DealView(String id, String name, List<DocumentView> documents, DocumentView binder, List<TakenOut> removed,
                           RedlineView redline) {
        /** @param removed the documents the last save took out of the set, in the order the set before had them */
        public DealView {
            removed = List.copyOf(removed);
        }
    }

    /** A document the last save took out of the set: its title (its PDF's file name when the set before was not read) and its PDF. */
    public record TakenOut(String title, String file) {
    }

    /**
     * One document: its title (its PDF's file name until the set is read), its PDF and where it is
     * served, its Word file and where (both empty when it has none, as the binder), the PDF's pages,
     * and what the last change did to either file: {@code changed}, {@code new} (not written before),
     * or nothing.
     */
    public record DocumentView(String title, String file, String href, String wordFile, String wordHref, int pages,
                               String mark) {

        /** A PDF with no Word file beside it. */
        public DocumentView(String title, String file, String href, int pages, String mark) {
            this(title, file, href, "", "", pages, mark);
        }
    }

    /**
     * The redline of the working tree against the last commit.
     *
     * @param note      why there is none (not a git repository, a deal not yet committed, still comparing), that it is
     *                  being compared again, or what it found (no document differs); else empty
     * @param against   the revision compared with, as the blackline names it
     * @param documents the changed documents, in the set's order
     */
    public record RedlineView(String note, String against, int changed, int of, String blackline, List<ChangedDocument> documents) {
        static final String COMPARING = "comparing with the last commit...";
        static final String AGAIN = "comparing again with the last commit; until that is done, this is the redline"
                + " from before the latest change";
        static final String NOT_COMPARED = "not compared with the last commit: the save after the set above did not build";
        static final String NOT_AGAIN = "not compared again with the last commit: the save after the set above did not"
                + " build, so this is the redline from before that set";

        static RedlineView none(String note) {
            return new RedlineView(note, "", 0, 0, "", List.of());
        }

        /** Whether this is a redline from before the set it is listed with, said so in its note. */
        public boolean fromBefore() {
            return note.equals(AGAIN) || note.equals(NOT_AGAIN);
        }

        /**
         * The redline listed with a set, as far as it has followed it: as {@code made} once compared;
         * while the set is compared again, or when the save after it did not build and it waits for one
         * that does, the one made before, said to be so; none when none was made.
         */
        static RedlineView listed(Optional<RedlineView> made, Comparison comparison) {
            if (comparison == Comparison.DONE && made.isPresent()) {
                return made.get();
            }
            boolean comparing = comparison != Comparison.NOT_UNTIL_A_SAVE_BUILDS;
            if (made.isEmpty() || made.get().blackline().isEmpty()) {
                return none(comparing ? COMPARING : NOT_COMPARED);
            }
            RedlineView m = made.get();
            return new RedlineView(comparing ? AGAIN : NOT_AGAIN, m.against(), m.changed(), m.of(), m.blackline(), m.documents());
        }
    }

    /** How far a deal's redline has followed the set listed: compared, being compared, or left until a save builds. */
    enum Comparison {
        DONE, UNDER_WAY, NOT_UNTIL_A_SAVE_BUILDS
    }

    /**
     * A changed document of a redline: its blackline, and its changed passages as HTML.
     *
     * @param state {@code changed}, {@code inserted} (not in the last commit's set) or {@code deleted} (only in it)
     */
    public record ChangedDocument(String title, String state, String blackline, List<String> passages) {
    }

    PreviewState next(List<DealView> deals, String error, boolean building) {
        return new PreviewState(generation + 1, deals, error, building, watching, removed);
    }

    PreviewState watching(List<String> sources) {
        return new PreviewState(generation + 1, deals, error, building, sources, removed);
    }

    PreviewState removed(List<RemovedDeal> files) {
        return new PreviewState(generation + 1, deals, error, building, watching, files);
    }
}
