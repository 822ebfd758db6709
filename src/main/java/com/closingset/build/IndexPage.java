package com.closingset.build;

import com.closingset.assemble.MarkdownOutputFormat;
import com.closingset.deal.Deal;
import com.closingset.deal.Investor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code index.md}: what the closing set holds, with page counts and the hash of each signed PDF.
 * The set's own documents come first; each investor's documents follow under the investor's name.
 */
final class IndexPage {
    record Row(String exhibit, String title, String output, int pages, String pdfSha256, Optional<Investor> investor) {
    }

    private static final MarkdownOutputFormat MD = MarkdownOutputFormat.INSTANCE;

    private IndexPage() {
    }

    /** @param binder the binder's row: the set in one PDF, listed after the documents */
    static String render(Deal deal, List<Row> rows, Row binder, String version) {
        StringBuilder s = new StringBuilder();
        s.append("# Closing set: ").append(MD.escapePlainText(deal.name())).append("\n\n");
        s.append("Deal `").append(deal.id()).append("`, built by ClosingSet ").append(MD.escapePlainText(version))
                .append(". Every figure is computed from the deal model; do not edit these files by hand.\n\n");
        table(s, rows.stream().filter(r -> r.investor().isEmpty()).toList(), true);
        s.append("\n**").append(MD.escapePlainText(binder.title())).append("**: [").append(binder.output()).append(".pdf](")
                .append(binder.output()).append(".pdf), ").append(binder.pages()).append(" pages, SHA-256 `")
                .append(binder.pdfSha256()).append("`.\n");

        Map<Investor, List<Row>> byInvestor = new LinkedHashMap<>();
        rows.stream().filter(r -> r.investor().isPresent())
                .forEach(r -> byInvestor.computeIfAbsent(r.investor().get(), i -> new ArrayList<>()).add(r));
        if (!byInvestor.isEmpty()) {
            s.append("\n## For each investor\n");
        }
        byInvestor.forEach((investor, own) -> {
            s.append("\n### ").append(investor.number()).append(". ").append(MD.escapePlainText(investor.name())).append("\n\n");
            table(s, own, false);
        });
        s.append("\nSHA256SUMS lists the hash of every file; `sha256sum -c SHA256SUMS` checks them.\n");
        return s.toString();
    }

    private static void table(StringBuilder s, List<Row> rows, boolean withExhibit) {
        s.append(withExhibit ? "| Exhibit | Document |" : "| Document |").append(" Markdown | PDF | Pages | SHA-256 of the PDF |\n");
        s.append(withExhibit ? "|---|---|" : "|---|").append("---|---|---|---|\n");
        for (Row r : rows) {
            s.append("| ");
            if (withExhibit) {
                s.append(r.exhibit().isEmpty() ? "" : MD.escapePlainText(r.exhibit())).append(" | ");
            }
            s.append(MD.escapePlainText(r.title()))
                    .append(" | [").append(r.output()).append(".md](").append(r.output()).append(".md)")
                    .append(" | [").append(r.output()).append(".pdf](").append(r.output()).append(".pdf)")
                    .append(" | ").append(r.pages())
                    .append(" | `").append(r.pdfSha256()).append("` |\n");
        }
    }
}
