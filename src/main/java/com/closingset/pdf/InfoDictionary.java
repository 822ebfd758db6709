package com.closingset.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;

import java.util.GregorianCalendar;
import java.util.TimeZone;

/** Fills the Info dictionary and the trailer's file identifier from the caller's metadata, never from the clock. */
final class InfoDictionary {
    private InfoDictionary() {
    }

    /** Must run before {@code document.open()}: OpenPDF refuses metadata once the document is open. */
    static void fill(Document document, PdfWriter writer, PdfMetadata metadata, byte[] fingerprint) {
        if (metadata.title() != null) {
            document.addTitle(metadata.title());
        }
        if (metadata.subject() != null) {
            document.addSubject(metadata.subject());
        }
        if (metadata.author() != null) {
            document.addAuthor(metadata.author());
        }
        if (metadata.keywords() != null) {
            document.addKeywords(metadata.keywords());
        }
        if (metadata.creator() != null) {
            document.addCreator(metadata.creator());
        }
        PdfDictionary info = writer.getInfo();
        // Written straight into the dictionary: Document.addCreationDate(PdfDate) ignores its
        // argument in OpenPDF 2.0.5 and stamps the current time.
        PdfDate date = new PdfDate(utc(metadata));
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        // OpenPDF takes the trailer's /ID from this key when present (it is also left in the
        // Info dictionary, which readers ignore); otherwise it hashes the time and free memory.
        // Both halves are equal, as ISO 32000 asks of a file's first version.
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(fingerprint, fingerprint));
    }

    private static GregorianCalendar utc(PdfMetadata metadata) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(metadata.date().toEpochMilli());
        return calendar;
    }
}
