package com.closingset.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Which old and new pieces of a changed run are versions of each other. Within a run that the diff
 * found changed (three paragraphs became two, say), pieces are paired in order where enough of their
 * words are the same, so that an edited paragraph is redlined word by word while a rewritten one is
 * shown deleted whole and inserted whole: a word diff of two unrelated paragraphs marks every other
 * word and helps nobody.
 */
final class Alignment {
    /** Pieces sharing less than this share of their words are not versions of each other. */
    static final double SIMILAR = 0.5;

    /** One step of the alignment: a pair, or an old piece alone (deleted), or a new one alone (inserted). */
    record Step(int old, int now) {
        boolean paired() {
            return old >= 0 && now >= 0;
        }
    }

    private Alignment() {
    }

    /**
     * The steps through both lists in order, pairing where {@code comparable} allows and the words
     * are similar, maximising the similarity paired; a deleted piece comes before an inserted one.
     */
    static <T> List<Step> of(List<T> old, List<T> now, Function<T, List<Token>> tokens, BiPredicate<T, T> comparable) {
        int n = old.size();
        int m = now.size();
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = comparable.test(old.get(i), now.get(j)) ? similarity(tokens.apply(old.get(i)), tokens.apply(now.get(j))) : 0;
            }
        }
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double pair = sim[i][j] >= SIMILAR ? sim[i][j] + best[i + 1][j + 1] : -1;
                best[i][j] = Math.max(pair, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        List<Step> steps = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && sim[i][j] >= SIMILAR && best[i][j] == sim[i][j] + best[i + 1][j + 1]) {
                steps.add(new Step(i++, j++));
            } else if (i < n && (j == m || best[i][j] == best[i + 1][j])) {
                steps.add(new Step(i++, -1));
            } else {
                steps.add(new Step(-1, j++));
            }
        }
        return steps;
    }

    /** Dice's coefficient of the two pieces' words (as multisets); 1 for two pieces without words. */
    static double similarity(List<Token> a, List<Token> b) {
        Map<String, Integer> counts = new HashMap<>();
        int na = 0;
        for (Token t : a) {
            if (t.word()) {
                counts.merge(t.text(), 1, Integer::sum);
                na++;
            }
        }
        int nb = 0;
        int common = 0;
        for (Token t : b) {
            if (t.word()) {
                nb++;
                Integer left = counts.get(t.text());
                if (left != null && left > 0) {
                    counts.put(t.text(), left - 1);
                    common++;
                }
            }
        }
        return na + nb == 0 ? 1 : 2.0 * common / (na + nb);
    }
}
