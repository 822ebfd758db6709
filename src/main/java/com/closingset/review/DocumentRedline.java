package com.closingset.review;

import com.closingset.markdown.MarkdownDialect;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The redline of one document: its new Markdown with every deleted word put back {@code ~~struck~~}
 * and every inserted word marked {@code ++inserted++}. Blocks are compared first (a paragraph deleted
 * or inserted whole is marked whole, in its own structure); blocks that are versions of each other
 * are compared word by word, tables row by row and cell by cell, lists item by item, so that no mark
 * cuts through a heading, a table row or a link.
 */
final class DocumentRedline {
    private static final Pattern CELL_SPLIT = Pattern.compile("(?<!\\\\)\\|");

    /** What happened to a block or a line between the two versions. */
    private enum Change { SAME, CHANGED, INSERTED, DELETED }

    /** Called for each piece in order with its old version (null if inserted or the same) and its new one (null if deleted). */
    @FunctionalInterface
    private interface Visit<T> {
        void accept(Change change, T old, T now);
    }

    private final MarkedText out = new MarkedText();

    private DocumentRedline() {
    }

    static Redline of(String oldMarkdown, String newMarkdown) {
        DocumentRedline redline = new DocumentRedline();
        redline.blocks(Block.split(oldMarkdown), Block.split(newMarkdown));
        MarkedText text = redline.out;
        return new Redline(text.toString(), text.wordsInserted(), text.wordsDeleted(), !oldMarkdown.equals(newMarkdown));
    }

    private void blocks(List<Block> old, List<Block> now) {
        boolean[] first = {true};
        walk(old, now, Block::text, b -> Tokenizer.block(b.lines()), (a, b) -> a.kind() == b.kind(), (change, o, n) -> {
            if (!first[0]) {
                out.plain("\n\n");
            }
            first[0] = false;
            block(change, o, n);
        });
        out.plain("\n");
    }

    /**
     * Walks two versions of a list of pieces (blocks, or a block's lines) in the new order: pieces
     * the diff found equal are the same; in each changed run, {@link Alignment} pairs the versions
     * and leaves the rest deleted or inserted.
     */
    private static <T> void walk(List<T> old, List<T> now, Function<T, String> text, Function<T, List<Token>> tokens,
                                 BiPredicate<T, T> comparable, Visit<T> visit) {
        int nowAt = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old.stream().map(text).toList(), now.stream().map(text).toList()).getDeltas()) {
            while (nowAt < delta.getTarget().getPosition()) {
                visit.accept(Change.SAME, null, now.get(nowAt++));
            }
            int from = delta.getSource().getPosition();
            List<T> gone = old.subList(from, from + delta.getSource().size());
            List<T> come = now.subList(nowAt, nowAt + delta.getTarget().size());
            for (Alignment.Step step : Alignment.of(gone, come, tokens, comparable)) {
                if (step.paired()) {
                    visit.accept(Change.CHANGED, gone.get(step.old()), come.get(step.now()));
                } else if (step.old() >= 0) {
                    visit.accept(Change.DELETED, gone.get(step.old()), null);
                } else {
                    visit.accept(Change.INSERTED, null, come.get(step.now()));
                }
            }
            nowAt += delta.getTarget().size();
        }
        while (nowAt < now.size()) {
            visit.accept(Change.SAME, null, now.get(nowAt++));
        }
    }

    private void block(Change change, Block old, Block now) {
        Block shape = now != null ? now : old;
        switch (shape.kind()) {
            case FLOW -> flow(change, old, now);
            case TABLE -> lines(change, old, now, true);
            case LIST -> lines(change, old, now, false);
            case RULE -> rule(change, old, now);
        }
    }

    private void flow(Change change, Block old, Block now) {
        switch (change) {
            case SAME -> out.plain(Tokenizer.block(now.lines()));
            case INSERTED -> out.inserted(Tokenizer.block(now.lines()));
            case DELETED -> out.deleted(Tokenizer.block(old.lines()), true);
            case CHANGED -> WordDiff.mark(Tokenizer.block(old.lines()), Tokenizer.block(now.lines()), out);
        }
    }

    private void rule(Change change, Block old, Block now) {
        if (change == Change.DELETED) {
            // A rule has no words, but its deletion is still a change a reader should see.
            out.plain(MarkedText.DELETED + old.text().strip() + MarkedText.DELETED);
        } else {
            out.plain(now.text());
        }
    }

    /** A table or a list, line by line: a block deleted or inserted whole is every line of it so. */
    private void lines(Change change, Block old, Block now, boolean table) {
        boolean[] first = {true};
        Visit<String> line = (c, o, n) -> {
            if (table && c == Change.DELETED && MarkdownDialect.isDelimiterRow(o)) {
                return; // the new table's own delimiter row is written in its place
            }
            if (!first[0]) {
                out.plain("\n");
            }
            first[0] = false;
            if (table) {
                row(c, o, n);
            } else {
                item(c, o, n);
            }
        };
        switch (change) {
            case SAME, INSERTED -> now.lines().forEach(l -> line.accept(change, null, l));
            case DELETED -> old.lines().forEach(l -> line.accept(change, l, null));
            case CHANGED -> walk(old.lines(), now.lines(), l -> l, table ? DocumentRedline::rowWords : Tokenizer::line,
                    table ? (a, b) -> cells(a).length == cells(b).length : (a, b) -> true,
                    line);
        }
    }

    private void item(Change change, String old, String now) {
        switch (change) {
            case SAME -> out.plain(Tokenizer.line(now));
            case INSERTED -> out.inserted(Tokenizer.line(now));
            case DELETED -> out.deleted(Tokenizer.line(old), true);
            case CHANGED -> WordDiff.mark(Tokenizer.line(old), Tokenizer.line(now), out);
        }
    }

    /** One table row, cell by cell; the pipes are the new row's, never inside a mark. */
    private void row(Change change, String old, String now) {
        String shape = now != null ? now : old;
        if (MarkdownDialect.isDelimiterRow(shape)) {
            out.plain(now);
            return;
        }
        String[] nowCells = now == null ? null : cells(now);
        String[] oldCells = old == null ? null : cells(old);
        String[] cells = nowCells != null ? nowCells : oldCells;
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.plain("|");
            }
            boolean edge = (i == 0 || i == cells.length - 1) && cells[i].isBlank();
            if (edge) {
                out.plain(cells[i]);
                continue;
            }
            switch (change) {
                case SAME -> out.plain(Tokenizer.inline(cells[i]));
                case INSERTED -> out.inserted(Tokenizer.inline(cells[i]));
                case DELETED -> out.deleted(Tokenizer.inline(cells[i]), true);
                case CHANGED -> WordDiff.mark(Tokenizer.inline(oldCells[i]), Tokenizer.inline(nowCells[i]), out);
            }
        }
    }

    /** A row split at its unescaped pipes: what is before the first, each cell, what is after the last. */
    private static String[] cells(String row) {
        return CELL_SPLIT.split(row, -1);
    }

    private static List<Token> rowWords(String row) {
        return Arrays.stream(cells(row)).flatMap(c -> Tokenizer.inline(c).stream()).toList();
    }
}
