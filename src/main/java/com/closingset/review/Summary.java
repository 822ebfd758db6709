package com.closingset.review;

import com.closingset.layout.SetLayout;
import com.closingset.deal.Deal;
import java.util.List;

/** {@code SUMMARY.md}: the deal files compared, every document of the set, changed or not, and the one file that binds their blacklines. */
final class Summary {
    record Row(String title, String output, DocumentState state, Redline redline) {
    }

    private Summary() {
    }

    static String render(Deal deal, String old, String now, List<Row> rows) {
        StringBuilder s = new StringBuilder();
        s.append("# Redline: ").append(cell(deal.name())).append("\n\n");
        s.append("Old: `").append(old).append("`\\\n");
        s.append("New: `").append(now).append("`\n\n");
        s.append("| Document | File | Change | Words inserted | Words deleted |\n");
        s.append("|---|---|---|--:|--:|\n");
        int changed = 0;
        int inserted = 0;
        int deleted = 0;
        for (Row r : rows) {
            s.append("| ").append(cell(r.title())).append(" | ");
            if (r.redline().changed()) {
                changed++;
                inserted += r.redline().wordsInserted();
                deleted += r.redline().wordsDeleted();
                s.append(SetLayout.redlineMarkdown(r.output())).append(", ").append(SetLayout.redlinePdf(r.output()))
                        .append(" | ").append(r.state().word()).append(" | ").append(r.redline().wordsInserted())
                        .append(" | ").append(r.redline().wordsDeleted()).append(" |\n");
            } else {
                s.append(r.output()).append(" | ").append(DocumentState.UNCHANGED.word()).append(" |  |  |\n");
            }
        }
        s.append('\n').append(changed).append(" of ").append(rows.size()).append(" documents changed: ")
                .append(inserted).append(words(inserted)).append(" inserted, ").append(deleted).append(words(deleted))
                .append(" deleted.\n\nEvery changed document's blackline, after a cover naming the versions: ")
                .append(SetLayout.REDLINE_BLACKLINE).append(".\n");
        return s.toString();
    }

    private static String words(int n) {
        return n == 1 ? " word" : " words";
    }

    /** Titles are plain text; in a table a pipe would end the cell. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|");
    }
}
