package com.closingset.pipeline;

import com.closingset.deal.Deal;
import com.closingset.docx.DocxProperties;
import com.closingset.pdf.PdfMetadata;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * What every PDF and Word document of a deal carries, decided once for builds and redlines alike: the date (that of
 * {@code SOURCE_DATE_EPOCH} when set, else the deal's own date, never the day of the build), the
 * deal's name as subject, its author, its id as keywords and the engine as creator.
 */
public record SetMetadata(Optional<Instant> sourceDate, String version) {

    /** The date the deal's PDFs carry. */
    public Instant date(Deal deal) {
        return sourceDate.orElse(deal.date().atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The metadata as a hash of a PDF's inputs reads it. */
    static List<String> fields(PdfMetadata m) {
        return List.of(m.title(), m.subject(), m.author(), m.keywords(), m.creator(), m.date().toString());
    }

    /** The properties of one of the deal's Word documents, titled {@code title}: the PDF's metadata, in Word's terms. */
    public DocxProperties docx(Deal deal, String title) {
        PdfMetadata pdf = pdf(deal, title);
        return new DocxProperties(pdf.title(), pdf.subject(), pdf.author(), pdf.keywords(), pdf.creator(), pdf.date());
    }

    /** The metadata of one of the deal's PDFs, titled {@code title}. */
    public PdfMetadata pdf(Deal deal, String title) {
        return new PdfMetadata(title, deal.name(), deal.author(), deal.id(), "ClosingSet " + version, date(deal));
    }
}
