package com.closingset.pipeline;

import com.closingset.assemble.MarkdownOutputFormat;
import com.closingset.pdf.PdfBinder;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The binder's index, as a closing volume's: each document behind a tab of its own, numbered from 1
 * in order, with its exhibit number and the page it starts on. Its own length moves every page
 * number it prints, and the numbers' width moves the columns and so its length; so it is written
 * only once the documents are laid out, with page numbers worked out from a length that the index,
 * measured with those very numbers, takes.
 */
final class BinderIndex implements PdfBinder.Contents {
    /** Each round can only lengthen the index; more rounds than this would be a layout that never settles. */
    private static final int ROUNDS = 16;
    private static final MarkdownOutputFormat MD = MarkdownOutputFormat.INSTANCE;
    static final String LABEL = "Index";

    /** A document as the index lists it. */
    record Entry(String exhibit, String title) {
    }

    /** An index's Markdown drawn apart, as the binder draws it: its pages, and the PDF. */
    record Drawn(int pages, byte[] pdf) {
    }

    private final List<Entry> entries;
    private final Function<String, Drawn> drawApart;
    private int pages;
    // The last Markdown measured, and its PDF: once settled, the binder binds that very PDF.
    private String measured = "";
    private byte[] measuredPdf;

    /** An index of {@code entries}; {@code drawApart} draws an index's Markdown as the binder does, apart. */
    BinderIndex(List<Entry> entries, Function<String, Drawn> drawApart) {
        this.entries = List.copyOf(entries);
        this.drawApart = drawApart;
    }

    @Override
    public String label() {
        return LABEL;
    }

    /**
     * The index for documents of {@code documentPages} after a cover of {@code coverPages}, its page
     * numbers counting its own pages. Should
     * its length never settle, the last is given and {@link #pages()} is the length it counted on, which
     * the binder, seeing its index take another, refuses.
     */
    @Override
    public String markdown(int coverPages, List<Integer> documentPages) {
        pages = 1;
        String markdown = listing(coverPages + pages + 1, documentPages);
        for (int round = 0; round < ROUNDS; round++) {
            Drawn drawn = drawApart.apply(markdown);
            measured = markdown;
            measuredPdf = drawn.pdf();
            int took = drawn.pages();
            if (took == pages) {
                break;
            }
            pages = took;
            markdown = listing(coverPages + pages + 1, documentPages);
        }
        return markdown;
    }

    @Override
    public Optional<byte[]> drawnAlone(String markdown) {
        return markdown.equals(measured) ? Optional.of(measuredPdf) : Optional.empty();
    }

    /** The pages the index takes, as settled by the last {@link #markdown(int, List)}. */
    int pages() {
        return pages;
    }

    /** The index with the documents starting from {@code firstPage}, each taking its {@code documentPages}. */
    private String listing(int firstPage, List<Integer> documentPages) {
        StringBuilder s = new StringBuilder("# Index\n\n| Tab | Exhibit | Document | Page |\n|---|---|---|---|\n");
        int page = firstPage;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            // Documents are parts 3, 4, ... of the binder, after the cover and the index.
            s.append("| ").append(i + 1).append(" | ").append(MD.escapePlainText(e.exhibit()))
                    .append(" | [").append(MD.escapePlainText(e.title())).append("](#document-").append(i + 3).append(")")
                    .append(" | ").append(page).append(" |\n");
            page += documentPages.get(i);
        }
        return s.toString();
    }
}
