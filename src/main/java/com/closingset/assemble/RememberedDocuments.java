package com.closingset.assemble;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a warm process (serve) keeps of each deal's last assembly, for templates that have not
 * changed since: every document, with what its template read of the deal and its figures. At the
 * next assembly a document is taken over when all it read is as it was (and its name, title and
 * item), and rendered again otherwise, so a save assembles again only what it can have changed.
 * Templates render the same text from the same values (those that would not are refused).
 */
final class RememberedDocuments {
    private final Map<String, Map<String, Remembered>> byDeal = new ConcurrentHashMap<>();

    /** One document as assembled, and all that went into it besides the templates. */
    record Remembered(Inputs inputs, ValuesRead.Reading deal, ValuesRead.Reading figures, AssembledDocument made) {
    }

    /**
     * What a document is assembled from apart from what its template reads of the deal and figures:
     * its file name, its own manifest entry as templates see it, every exhibit's, and its item.
     */
    record Inputs(String output, String document, String exhibits, Map<String, Object> item) {
    }

    /** One assembly of {@code dealId}: what it may take over, and what it made, kept once it is done. */
    Round round(String dealId, Map<String, Object> deal, Map<String, Object> figures) {
        return new Round(dealId, byDeal.getOrDefault(dealId, Map.of()), deal, figures);
    }

    final class Round {
        private final String dealId;
        private final Map<String, Remembered> previous;
        private final Map<String, Remembered> next = new ConcurrentHashMap<>();
        private final Map<String, Object> deal;
        private final Map<String, Object> figures;

        private Round(String dealId, Map<String, Remembered> previous, Map<String, Object> deal, Map<String, Object> figures) {
            this.dealId = dealId;
            this.previous = previous;
            this.deal = deal;
            this.figures = figures;
        }

        /** The document last assembled under {@code key}, if it was made from what it would be made from now. */
        Optional<AssembledDocument> kept(String key, Inputs inputs) {
            Remembered r = previous.get(key);
            if (r == null || !r.inputs().equals(inputs) || !r.deal().holdsFor(deal) || !r.figures().holdsFor(figures)) {
                return Optional.empty();
            }
            next.put(key, r);
            return Optional.of(r.made());
        }

        void made(String key, Remembered remembered) {
            next.put(key, remembered);
        }

        /** Keeps this round's documents, in place of the last: called only when the whole assembly succeeded. */
        void done() {
            byDeal.put(dealId, Map.copyOf(next));
        }

        ValuesRead dealRead() {
            return new ValuesRead(deal);
        }

        ValuesRead figuresRead() {
            return new ValuesRead(figures);
        }
    }
}
