package com.closingset.review;

import com.closingset.layout.SetLayout;
import com.closingset.deal.DealFile;

import com.closingset.assemble.AssembledDocument;
import com.closingset.assemble.AssemblyException;
import com.closingset.deal.Deal;
import com.closingset.deal.InputException;
import com.closingset.pdf.PdfMetadata;
import com.closingset.pipeline.Pipeline;
import com.closingset.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Compares two versions of a deal document by document: both are assembled to Markdown in memory
 * (no PDF of either is drawn), and each document whose Markdown differs gets a Markdown redline and
 * a PDF blackline. Documents are matched by file name, so an investor added or dropped shows as a
 * document inserted or deleted whole.
 */
public final class Redliner {
    private final Pipeline pipeline;
    private final PdfRenderer blackline = PdfRenderer.blackline();

    /** Compares sets as {@code pipeline} loads and assembles them; its PDFs carry the pipeline's date and metadata. */
    public Redliner(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public RedlineSet compare(DealFile old, DealFile now) throws InputException, AssemblyException, IOException {
        Deal oldDeal = pipeline.load(old);
        Deal newDeal = pipeline.load(now);
        Map<String, AssembledDocument> before = byOutput(pipeline.assemble(oldDeal).documents());
        Map<String, AssembledDocument> after = byOutput(pipeline.assemble(newDeal).documents());

        // The new set's order, then whatever only the old set had.
        Map<String, AssembledDocument> shape = new LinkedHashMap<>(after);
        before.forEach(shape::putIfAbsent);
        SortedMap<String, byte[]> files = new TreeMap<>();
        List<Summary.Row> rows = new ArrayList<>();
        for (Map.Entry<String, AssembledDocument> e : shape.entrySet()) {
            String name = e.getKey();
            String was = markdown(before.get(name));
            String is = markdown(after.get(name));
            Redline redline = DocumentRedline.of(was, is);
            String state = before.get(name) == null ? "inserted" : after.get(name) == null ? "deleted" : redline.changed() ? "changed" : "unchanged";
            rows.add(new Summary.Row(e.getValue().displayTitle(), name, state, redline));
            if (redline.changed()) {
                files.put(SetLayout.redlineMarkdown(name), redline.markdown().getBytes(StandardCharsets.UTF_8));
                files.put(SetLayout.redlinePdf(name), pdf(redline, e.getValue(), newDeal));
            }
        }
        String summary = Summary.render(newDeal, old.shown(), now.shown(), rows);
        files.put(SetLayout.REDLINE_SUMMARY, summary.getBytes(StandardCharsets.UTF_8));
        int changed = (int) rows.stream().filter(r -> r.redline().changed()).count();
        return new RedlineSet(newDeal.id(), files, summary, changed, rows.size());
    }

    private byte[] pdf(Redline redline, AssembledDocument document, Deal deal) throws IOException {
        PdfMetadata metadata = pipeline.metadata().pdf(deal, "Redline: " + document.displayTitle());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        blackline.render(redline.markdown(), metadata, out);
        return out.toByteArray();
    }

    private static String markdown(AssembledDocument d) {
        return d == null ? "" : d.markdown();
    }

    private static Map<String, AssembledDocument> byOutput(List<AssembledDocument> documents) {
        Map<String, AssembledDocument> m = new LinkedHashMap<>();
        documents.forEach(d -> m.put(d.output(), d));
        return m;
    }
}
