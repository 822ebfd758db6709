package com.closingset.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.SimpleBookmark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A binder made of its documents' drawn PDFs: every page is copied as the document's own PDF has it
 * (links, bookmarks and fonts with it), so nothing is laid out twice and a page bound is the page
 * alone. The cover and the contents are drawn here, the contents last, once the documents' page
 * counts are known, and moved to follow the cover. Each document's bookmarks go under a top-level
 * bookmark of its own, and the contents' links to {@code #document-n} reach the binder's n-th part
 * (the cover is 1, the contents 2). The cost is size: each document brings its own font subsets.
 */
public final class PdfBinder {
    /** What a link to a destination a standalone PDF does not have leads to: OpenPDF's placeholder. */
    private static final String UNRESOLVED = "invalid_";
    private final PdfRenderer renderer;

    /** A binder's table of contents, written once the documents' page counts are known. */
    public interface Contents {
        String label();

        /** The contents' Markdown, given the cover's page count and each document's, in order. */
        String markdown(int coverPages, List<Integer> documentPages);

        /**
         * {@code markdown} as the contents drew it alone to measure it, if they did: a document of its
         * own, labelled and titled {@link #label()}. The binder takes it only if its document ID says
         * it was drawn from that Markdown and the binder's metadata, and draws it otherwise.
         */
        default Optional<byte[]> drawnAlone(String markdown) {
            return Optional.empty();
        }
    }

    /** The documents' drawn PDFs, each asked for once, in order, when its turn comes: none is held meanwhile. */
    @FunctionalInterface
    public interface DrawnPdfs {
        byte[] pdf(int document) throws IOException;
    }

    /** A binder whose cover and contents {@code renderer} draws. */
    public PdfBinder(PdfRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** The document ID {@link #bind} gives a binder of these parts, whose contents are labelled {@code contentsLabel}. */
    public static String id(PdfPart cover, String contentsLabel, List<PdfPart> documents, PdfMetadata metadata) {
        return PdfFileId.hex(Fingerprint.of(identity(cover, contentsLabel, documents), metadata));
    }

    /** What a binder's identity is drawn from: its contents are made from the documents' pages, not given. */
    private static List<PdfPart> identity(PdfPart cover, String contentsLabel, List<PdfPart> documents) {
        List<PdfPart> identity = new ArrayList<>(List.of(cover, PdfPart.numbered("", contentsLabel)));
        identity.addAll(documents);
        return identity;
    }

    /**
     * Binds {@code cover}, {@code contents} and the documents, whose labels are {@code documents}' and
     * whose pages are {@code drawn}, into {@code out} (written, not closed). Returns the pages of the
     * cover, the contents and each document, in that order.
     */
    public List<Integer> bind(PdfPart cover, Contents contents, List<PdfPart> documents, DrawnPdfs drawn,
                              PdfMetadata metadata, OutputStream out) throws IOException {
        Document document = new Document(HouseStyle.PAGE);
        PdfCopy copy = new PdfCopy(document, out);
        copy.setCloseStream(false);
        copy.setLinearPageMode();
        InfoDictionary.fill(document, copy, metadata, Fingerprint.of(identity(cover, contents.label(), documents), metadata));
        PdfA.declare(copy);
        document.open();
        PdfA.addOutputIntent(copy);
        try {
            List<Map<String, Object>> outline = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            pages.add(copyIn(copy, reader(drawn(cover, metadata)), cover.label(), outline, List.of()));
            for (int i = 0; i < documents.size(); i++) {
                pages.add(copyIn(copy, reader(drawn.pdf(i)), documents.get(i).label(), outline, List.of()));
            }
            List<Integer> starts = partStarts(pages);
            String toc = contents.markdown(pages.get(0), List.copyOf(pages.subList(1, pages.size())));
            PdfMetadata apart = metadata.titled(contents.label());
            int contentsPages = copyIn(copy, reader(contentsDrawn(contents, toc, apart)), contents.label(), outline, starts);
            // The contents' bookmark goes second, as its pages will.
            outline.add(1, outline.remove(outline.size() - 1));
            pages.add(1, contentsPages);
            copy.setOutlines(outline);
            copy.reorderPages(contentsAfterCover(pages.get(0), contentsPages, copy.getCurrentPageNumber() - 1));
            document.close();
            return List.copyOf(pages);
        } catch (UnprintableText e) {
            // Not a failure of the binding but of what it was given: the caller says which part.
            throw e;
        } catch (RuntimeException e) {
            throw new IOException("cannot bind \"" + metadata.title() + "\": " + e.getMessage(), e);
        }
    }

    /** The contents drawn: as they drew themselves to settle their length, when that was this very Markdown. */
    private byte[] contentsDrawn(Contents contents, String toc, PdfMetadata apart) throws IOException {
        Optional<byte[]> measured = contents.drawnAlone(toc)
                .filter(pdf -> PdfFileId.of(pdf).equals(Optional.of(PdfRenderer.documentId(toc, apart))));
        return measured.isPresent() ? measured.get() : drawn(PdfPart.numbered(toc, contents.label()), apart);
    }

    private byte[] drawn(PdfPart part, PdfMetadata metadata) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        renderer.render(part, metadata, bytes);
        return bytes.toByteArray();
    }

    private static PdfReader reader(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        // Bookmarks to named destinations become bookmarks to pages, which survive the copy; names do not.
        reader.consolidateNamedDestinations();
        return reader;
    }

    /**
     * Copies every page of {@code reader} to the end of {@code copy}, adds a top-level bookmark
     * {@code label} to its first page with the part's own bookmarks under it, and points its links to
     * {@code #document-n} at the n-th of {@code starts} (none, before the parts are all copied).
     * Returns the pages copied.
     */
    private static int copyIn(PdfCopy copy, PdfReader reader, String label, List<Map<String, Object>> outline,
                              List<Integer> starts) throws IOException {
        int first = copy.getCurrentPageNumber();
        int pages = reader.getNumberOfPages();
        List<Map<String, Object>> kids = SimpleBookmark.getBookmarkList(reader);
        for (int p = 1; p <= pages; p++) {
            List<PdfAnnotation> relinked = starts.isEmpty() ? List.of() : relink(copy, reader.getPageN(p), starts);
            PdfImportedPage page = copy.getImportedPage(reader, p);
            if (!relinked.isEmpty()) {
                PdfCopy.PageStamp stamp = copy.createPageStamp(page);
                relinked.forEach(stamp::addAnnotation);
                stamp.alterContents();
            }
            copy.addPage(page);
        }
        copy.freeReader(reader);
        reader.close();
        Map<String, Object> entry = new HashMap<>();
        entry.put("Title", label);
        entry.put("Action", "GoTo");
        entry.put("Page", first + " FitH " + HouseStyle.PAGE.getHeight());
        entry.put("Open", "false");
        if (kids != null && !kids.isEmpty()) {
            SimpleBookmark.shiftPageNumbersInRange(kids, first - 1, null);
            entry.put("Kids", kids);
        }
        outline.add(entry);
        return pages;
    }

    /**
     * Takes the links to {@code #document-n} off {@code page} (a standalone PDF has no such place) and
     * gives them back, the same box and look, going to the first page of part n.
     */
    private static List<PdfAnnotation> relink(PdfCopy copy, PdfDictionary page, List<Integer> starts) {
        PdfArray annots = page.getAsArray(PdfName.ANNOTS);
        if (annots == null) {
            return List.of();
        }
        List<PdfAnnotation> relinked = new ArrayList<>();
        PdfArray kept = new PdfArray();
        for (int i = 0; i < annots.size(); i++) {
            PdfDictionary annot = (PdfDictionary) PdfReader.getPdfObject(annots.getPdfObject(i));
            int part = documentLinked(annot);
            if (part < 1 || part > starts.size()) {
                kept.add(annots.getPdfObject(i));
                continue;
            }
            PdfArray box = annot.getAsArray(PdfName.RECT);
            PdfAnnotation link = new PdfAnnotation(copy, box.getAsNumber(0).floatValue(), box.getAsNumber(1).floatValue(),
                    box.getAsNumber(2).floatValue(), box.getAsNumber(3).floatValue(),
                    PdfAction.gotoLocalPage(starts.get(part - 1), new PdfDestination(PdfDestination.FITH,
                            HouseStyle.PAGE.getHeight()), copy));
            for (PdfName look : List.of(PdfName.BORDER, PdfName.C, PdfName.F)) {
                if (annot.get(look) != null) {
                    link.put(look, annot.get(look));
                }
            }
            relinked.add(link);
        }
        page.put(PdfName.ANNOTS, kept);
        return relinked;
    }

    /** The part a link of a standalone PDF to {@code #document-n} means to reach, or 0 for any other annotation. */
    private static int documentLinked(PdfDictionary annot) {
        PdfDictionary action = annot.getAsDict(PdfName.A);
        if (action == null) {
            return 0;
        }
        PdfObject target = PdfReader.getPdfObject(action.get(PdfName.D));
        String wanted = UNRESOLVED + HeadingAnchors.DOCUMENT;
        if (target instanceof PdfString name && name.toUnicodeString().startsWith(wanted)) {
            try {
                return Integer.parseInt(name.toUnicodeString().substring(wanted.length()));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /** Each part's first page, in the order copied, the cover first; the contents will sit between the cover and the documents. */
    private static List<Integer> partStarts(List<Integer> pages) {
        List<Integer> starts = new ArrayList<>();
        int page = 1;
        for (int p : pages) {
            starts.add(page);
            page += p;
        }
        // #document-2 is the contents, copied last: after every page copied so far.
        starts.add(1, page);
        return starts;
    }

    /** New page order: the cover's pages, then the contents' (copied last), then the documents'. */
    private static int[] contentsAfterCover(int coverPages, int contentsPages, int totalPages) {
        int[] order = new int[totalPages];
        int at = 0;
        for (int p = 1; p <= coverPages; p++) {
            order[at++] = p;
        }
        for (int p = totalPages - contentsPages + 1; p <= totalPages; p++) {
            order[at++] = p;
        }
        for (int p = coverPages + 1; p <= totalPages - contentsPages; p++) {
            order[at++] = p;
        }
        return order;
    }
}
