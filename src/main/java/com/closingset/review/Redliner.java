package com.closingset.review;

import com.closingset.layout.SetLayout;
import com.closingset.deal.DealFile;

import com.closingset.assemble.AssembledDocument;
import com.closingset.assemble.AssemblyException;
import com.closingset.assemble.KitTemplates;
import com.closingset.deal.Deal;
import com.closingset.deal.InputException;
import com.closingset.pdf.PdfMetadata;
import com.closingset.pdf.PdfPart;
import com.closingset.pdf.RunningHeader;
import com.closingset.pipeline.MarkdownSet;
import com.closingset.pipeline.Pipeline;
import com.closingset.pdf.PdfRenderer;
import com.closingset.docx.DocxRenderer;
import com.closingset.docx.UnusablePaper;
import com.closingset.docx.WordPaper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Compares two versions of a deal document by document: both are assembled to Markdown in memory
 * (no PDF of either is drawn), and each document whose Markdown differs gets a Markdown redline, a
 * PDF blackline and a Word document whose changes are Word's own tracked changes; {@code blackline.pdf} binds a cover (the versions, a legend, every document's
 * change) and every changed document's blackline. Every page of every blackline names the two
 * versions. Documents are matched by file name, so an investor added or dropped shows as a document
 * inserted or deleted whole.
 */
public final class Redliner {
    private final SetReader oldSide;
    private final SetReader newSide;
    private final Pipeline pipeline;
    private final Optional<Templates> templates;

    /** Where each side's templates were read, for the cover, when they are not the same templates. */
    public record Templates(String old, String now) {
    }

    /** Compares sets as {@code pipeline} loads and assembles them; its PDFs carry the pipeline's date and metadata. */
    public Redliner(Pipeline pipeline) {
        this(SetReader.of(pipeline), SetReader.of(pipeline), pipeline, Optional.empty());
    }

    /**
     * Compares the old version as {@code oldSide} reads it (with the templates it was written with, as
     * they were then) with the new as {@code newSide} does (reading as {@code pipeline} would), the
     * cover saying where each side's templates were read; the files carry {@code pipeline}'s date and
     * metadata. A side may keep the set it read last ({@link SetReader}).
     */
    public Redliner(SetReader oldSide, SetReader newSide, Pipeline pipeline, Templates templates) {
        this(oldSide, newSide, pipeline, Optional.of(templates));
    }

    private Redliner(SetReader oldSide, SetReader newSide, Pipeline pipeline, Optional<Templates> templates) {
        this.oldSide = oldSide;
        this.newSide = newSide;
        this.pipeline = pipeline;
        this.templates = templates;
    }

    /** Compares two deal files as they stand. */
    public RedlineSet compare(DealFile old, DealFile now) throws InputException, AssemblyException, IOException {
        return compare(ComparedVersion.file(old), ComparedVersion.file(now));
    }

    public RedlineSet compare(ComparedVersion old, ComparedVersion now) throws InputException, AssemblyException, IOException {
        MarkdownSet oldSet = oldSide.read(old.deal());
        MarkdownSet newSet = newSide.read(now.deal());
        Deal oldDeal = oldSet.deal();
        Deal newDeal = newSet.deal();
        Map<String, AssembledDocument> before = byOutput(oldSet.documents());
        Map<String, AssembledDocument> after = byOutput(newSet.documents());
        PdfRenderer blackline = PdfRenderer.blackline(new RunningHeader("Old: " + old.label(oldDeal.date()),
                "New: " + now.label(newDeal.date())));
        DocxRenderer word = DocxRenderer.redline(paper(newDeal));

        // The new set's order, then whatever only the old set had.
        Map<String, AssembledDocument> shape = new LinkedHashMap<>(after);
        before.forEach(shape::putIfAbsent);
        SortedMap<String, byte[]> files = new TreeMap<>();
        List<Summary.Row> rows = new ArrayList<>();
        List<PdfPart> changed = new ArrayList<>();
        List<RedlineSet.Change> changes = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        for (Map.Entry<String, AssembledDocument> e : shape.entrySet()) {
            String name = e.getKey();
            String was = markdown(before.get(name));
            String is = markdown(after.get(name));
            // Nothing to mark between equal versions; marking each unchanged document of a large deal was most of a redline's work.
            Redline redline = was.equals(is) ? Redline.unchanged(is) : DocumentRedline.of(was, is);
            DocumentState state = DocumentState.of(before.containsKey(name), after.containsKey(name), redline.changed());
            rows.add(new Summary.Row(e.getValue().displayTitle(), name, state, redline));
            if (redline.changed()) {
                files.put(SetLayout.redlineMarkdown(name), redline.markdown().getBytes(StandardCharsets.UTF_8));
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                pages.add(blackline.render(redline.markdown(), metadata(newDeal, e.getValue()), pdf));
                files.put(SetLayout.redlinePdf(name), pdf.toByteArray());
                ByteArrayOutputStream docx = new ByteArrayOutputStream();
                word.render(redline.markdown(), pipeline.metadata().docx(newDeal, "Redline: " + e.getValue().displayTitle()), docx);
                files.put(SetLayout.redlineDocx(name), docx.toByteArray());
                changed.add(PdfPart.numbered(redline.markdown(), e.getValue().displayTitle()));
                changes.add(new RedlineSet.Change(name, e.getValue().displayTitle(), state));
            }
        }
        String summary = Summary.render(newDeal, old.deal().shown(), now.deal().shown(), rows);
        files.put(SetLayout.REDLINE_SUMMARY, summary.getBytes(StandardCharsets.UTF_8));
        BlacklineCover.Side oldSide = new BlacklineCover.Side("Old", old, oldDeal.date(), templates.map(Templates::old));
        BlacklineCover.Side newSide = new BlacklineCover.Side("New", now, newDeal.date(), templates.map(Templates::now));
        files.put(SetLayout.REDLINE_BLACKLINE, combined(blackline,
                firstPages -> BlacklineCover.render(newDeal.name(), oldSide, newSide, rows, firstPages), changed, pages, newDeal));
        List<RedlineSet.Document> newDocuments = RedlineSet.Document.of(List.copyOf(after.values()));
        return new RedlineSet(newDeal.id(), newDeal.name(), files, summary, changes, newDocuments, rows.size());
    }

    private PdfMetadata metadata(Deal deal, AssembledDocument document) {
        return pipeline.metadata().pdf(deal, "Redline: " + document.displayTitle());
    }

    /** The cover given the page each changed document starts on. */
    @FunctionalInterface
    private interface Cover {
        String markdown(List<Integer> firstPages) throws AssemblyException;
    }

    /**
     * {@code blackline.pdf}: the cover, then each changed document from a new page, numbered and
     * bookmarked. Each document takes as many pages as its own blackline; the cover's length is
     * settled first with the widest page numbers it could print, as the binder settles its contents.
     */
    private byte[] combined(PdfRenderer blackline, Cover cover, List<PdfPart> documents, List<Integer> pages, Deal deal)
            throws IOException, AssemblyException {
        PdfMetadata metadata = pipeline.metadata().pdf(deal, "Blackline: " + deal.name());
        int coverPages = blackline.render(cover.markdown(pages.stream().map(p -> 9999).toList()), metadata, OutputStream.nullOutputStream());
        List<Integer> firstPages = new ArrayList<>();
        int page = coverPages + 1;
        for (int n : pages) {
            firstPages.add(page);
            page += n;
        }
        List<PdfPart> parts = new ArrayList<>(List.of(PdfPart.numbered(cover.markdown(firstPages), "Cover")));
        parts.addAll(documents);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> drawn = blackline.renderVolume(parts, metadata, out);
        List<Integer> expected = new ArrayList<>(List.of(coverPages));
        expected.addAll(pages);
        if (!drawn.equals(expected)) {
            throw new IllegalStateException("blackline.pdf's parts took " + drawn + " pages, not " + expected + "; its cover's page numbers would be wrong");
        }
        return out.toByteArray();
    }

    private static String markdown(AssembledDocument d) {
        return d == null ? "" : d.markdown();
    }

    /** The new version's kit's Word paper; a reference document it cannot use is the kit's mistake, said in one line. */
    private static WordPaper paper(Deal deal) throws AssemblyException {
        try {
            return WordPaper.forKit(deal.kit().folder(), KitTemplates.shownFolder(deal.kit()));
        } catch (UnusablePaper e) {
            throw new AssemblyException(e.getMessage(), e);
        }
    }

    private static Map<String, AssembledDocument> byOutput(List<AssembledDocument> documents) {
        Map<String, AssembledDocument> m = new LinkedHashMap<>();
        documents.forEach(d -> m.put(d.output(), d));
        return m;
    }
}
