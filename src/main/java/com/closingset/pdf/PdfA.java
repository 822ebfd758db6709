package com.closingset.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Declares a document PDF/A-1b, the archival form a filing's exhibits are kept in: PDF 1.4,
 * XMP metadata mirroring the Info dictionary, and an sRGB output intent so its colours mean the
 * same thing on any device. Once the conformance is set OpenPDF flags link annotations
 * printable (/F 4) itself. It does not police transparency for PDF/A: the renderer draws none,
 * and PdfAConformanceTest would catch any.
 */
final class PdfA {
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final byte[] SRGB_PROFILE = loadSrgbProfile();

    private PdfA() {
    }

    /** Must run after the Info dictionary is filled (the XMP copies it) and before {@code document.open()}. */
    static void declare(PdfWriter writer) {
        // Also sets the header to PDF-1.4, the version PDF/A-1 is based on.
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setXmpMetadata(XmpPacket.of(writer.getInfo()));
    }

    /**
     * Must run after {@code document.open()}: the profile goes into the file's body. Written by
     * hand because OpenPDF's {@code setOutputIntents} embeds {@code ICC_Profile.getData()}, which
     * JDK 17 re-serialises with another header than JDK 25, so the PDF would depend on the JDK.
     */
    static void addOutputIntent(PdfWriter writer) throws IOException {
        PdfStream profile = new PdfStream(SRGB_PROFILE.clone());
        profile.put(PdfName.N, new PdfNumber(3));
        profile.flateCompress(writer.getCompressionLevel());
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB));
        intent.put(PdfName.INFO, new PdfString(SRGB));
        intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    }

    /** The ICC profile every document embeds; SrgbProfileTest pins its SHA-256. */
    static byte[] srgbProfile() {
        return SRGB_PROFILE.clone();
    }

    /**
     * The JDK's sRGB profile file as shipped (java.desktop's sRGB.pf, the same bytes in JDK 17 and
     * 25), read through the jrt file system because no dependency ships one. Should a JDK move the
     * file, its own serialised profile keeps documents rendering, and the pinned hash fails a test.
     */
    private static byte[] loadSrgbProfile() {
        try {
            Path shipped = FileSystems.getFileSystem(URI.create("jrt:/"))
                    .getPath("modules", "java.desktop", "sun", "java2d", "cmm", "profiles", "sRGB.pf");
            if (Files.isRegularFile(shipped)) {
                return Files.readAllBytes(shipped);
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the JDK's serialised profile
        }
        return ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }
}
