package com.closingset.review;

import com.closingset.assemble.AssemblyException;
import com.closingset.assemble.MarkdownOutputFormat;
import com.closingset.assemble.TemplateEngine;
import com.closingset.figures.Wording;
import freemarker.template.TemplateModelException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A blackline's cover, as Markdown for the blackline renderer: the two versions compared, a legend
 * of the marks (drawn in the marks themselves, so the legend's rows get change bars too) and a row
 * for every document of the set, a changed one with the page of {@code blackline.pdf} it starts on. Rendered from the engine's own template plus a model, as a
 * binder's cover is from its kit's; no kit owns a redline.
 */
final class BlacklineCover {
    private static final String TEMPLATE = "blackline-cover.md.ftl";
    private static final TemplateEngine ENGINE = TemplateEngine.ofResources(BlacklineCover.class);
    private static final MarkdownOutputFormat MD = MarkdownOutputFormat.INSTANCE;

    /**
     * One side compared, with the date of the deal as that side reads it, and where its templates
     * were read when the two sides' are not the same templates (said after where the deal was read).
     */
    record Side(String name, ComparedVersion version, LocalDate dealDate, Optional<String> templates) {
    }

    private BlacklineCover() {
    }

    /**
     * The cover; {@code firstPages} gives, for each changed document in order, the page of
     * {@code blackline.pdf} it starts on (it is part 2, 3, ... of the file, after the cover).
     */
    static String render(String dealName, Side old, Side now, List<Summary.Row> rows, List<Integer> firstPages)
            throws AssemblyException {
        List<Map<String, Object>> documents = new ArrayList<>();
        int inserted = 0;
        int deleted = 0;
        int part = 1;
        for (Summary.Row r : rows) {
            Redline redline = r.redline();
            inserted += redline.wordsInserted();
            deleted += redline.wordsDeleted();
            Map<String, Object> row = new HashMap<>(Map.of("title", text(r.title()), "change", r.state().word(), "counted", redline.changed(),
                    "inserted", redline.wordsInserted(), "deleted", redline.wordsDeleted()));
            if (redline.changed()) {
                row.put("page", firstPages.get(part - 1));
                row.put("part", ++part);
            }
            documents.add(row);
        }
        Map<String, Object> model = Map.of(
                "deal", text(dealName),
                "versions", List.of(side(old), side(now)),
                "documents", documents,
                "changed", part - 1,
                "inserted", inserted,
                "deleted", deleted,
                "w", new Wording());
        return ENGINE.render(TEMPLATE, model);
    }

    private static Map<String, Object> side(Side s) {
        String source = s.version().source(s.dealDate()) + s.templates().map(t -> "; " + t).orElse("");
        return Map.of("side", s.name(), "file", text(s.version().file()), "source", text(source));
    }

    /**
     * Plain text as the blackline's Markdown: escaped as every value is, and its plus signs too,
     * which the blackline's parser would otherwise read as an insertion mark.
     */
    private static Object text(String plain) {
        try {
            return MD.fromMarkup(MD.escapePlainText(plain).replace("+", "\\+"));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
