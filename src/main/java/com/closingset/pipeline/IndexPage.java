package com.closingset.pipeline;

import com.closingset.assemble.AssemblyException;
import com.closingset.assemble.Item;
import com.closingset.assemble.KitTemplates;
import com.closingset.deal.Deal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code index.md}: what the closing set holds, with page counts and the hash of each signed PDF (and
 * of each Word file), as
 * the kit's index template words it. The model it gets: {@code set.documents} (the set's own),
 * {@code set.groups} (each item of a list with its documents), {@code set.binder} and {@code set.version}.
 */
final class IndexPage {
    record Row(String exhibit, String title, String output, int pages, String pdfSha256, Optional<String> docxSha256,
               Optional<Item> item) {
        /** A row of a set without Word files. */
        Row(String exhibit, String title, String output, int pages, String pdfSha256, Optional<Item> item) {
            this(exhibit, title, output, pages, pdfSha256, Optional.empty(), item);
        }

        Map<String, Object> model() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("exhibit", exhibit);
            m.put("title", title);
            m.put("output", output);
            m.put("pages", pages);
            m.put("sha256", pdfSha256);
            // Absent for a set drawn without Word files, which the template then does not list.
            docxSha256.ifPresent(h -> m.put("docxSha256", h));
            return m;
        }
    }

    private IndexPage() {
    }

    /** @param binder the binder's row: the set in one PDF, listed after the documents */
    static String render(KitTemplates templates, Deal deal, List<Row> rows, Row binder, String version)
            throws AssemblyException {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("version", version);
        set.put("documents", rows.stream().filter(r -> r.item().isEmpty()).map(Row::model).toList());
        Map<Item, List<Map<String, Object>>> byItem = new LinkedHashMap<>();
        rows.stream().filter(r -> r.item().isPresent())
                .forEach(r -> byItem.computeIfAbsent(r.item().get(), i -> new ArrayList<>()).add(r.model()));
        List<Map<String, Object>> groups = new ArrayList<>();
        byItem.forEach((item, own) -> groups.add(Map.of("list", item.list(), "item", item.values(), "documents", own)));
        set.put("groups", groups);
        set.put("binder", binder.model());
        return templates.index(deal, set);
    }
}
