package com.closingset.build;

import com.closingset.assemble.MarkdownOutputFormat;
import com.closingset.deal.Deal;
import java.util.List;

/** {@code index.md}: what the closing set holds, with page counts and the hash of each signed PDF. */
final class IndexPage {
    record Row(String exhibit, String title, String output, int pages, String pdfSha256) {
    }

    private IndexPage() {
    }

    static String render(Deal deal, List<Row> rows, String version) {
        MarkdownOutputFormat md = MarkdownOutputFormat.INSTANCE;
        StringBuilder s = new StringBuilder();
        s.append("# Closing set: ").append(md.escapePlainText(deal.name())).append("\n\n");
        s.append("Deal `").append(deal.id()).append("`, built by ClosingSet ").append(md.escapePlainText(version))
                .append(". Every figure is computed from the deal model; do not edit these files by hand.\n\n");
        s.append("| Exhibit | Document | Markdown | PDF | Pages | SHA-256 of the PDF |\n");
        s.append("|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            s.append("| ").append(r.exhibit().isEmpty() ? "" : md.escapePlainText(r.exhibit()))
                    .append(" | ").append(md.escapePlainText(r.title()))
                    .append(" | [").append(r.output()).append(".md](").append(r.output()).append(".md)")
                    .append(" | [").append(r.output()).append(".pdf](").append(r.output()).append(".pdf)")
                    .append(" | ").append(r.pages())
                    .append(" | `").append(r.pdfSha256()).append("` |\n");
        }
        s.append("\nSHA256SUMS lists the hash of every file; `sha256sum -c SHA256SUMS` checks them.\n");
        return s.toString();
    }
}
