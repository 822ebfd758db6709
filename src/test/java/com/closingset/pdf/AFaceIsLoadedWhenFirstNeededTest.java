package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * Liberation's faces are read when a text first needs one, not when a renderer is made; a face read
 * in the middle of a renderer's life has its subset tag seeded like those read before, so the PDF is
 * the same bytes as a fresh renderer's.
 */
class AFaceIsLoadedWhenFirstNeededTest {
    private static final String PROSE = "Plain prose, in **bold** and *italic*.\n";
    private static final String CODE = "A document with `code` in it, in the monospaced face.\n";

    @Test
    void aFamilyReadsNoFaceUntilAskedAndEachFaceOnce() {
        List<String> read = new ArrayList<>();
        FontFamily mono = new FontFamily("LiberationMono", face -> read.add(face.getPostscriptFontName()));
        assertThat(mono.faces()).isEmpty();

        BaseFont bold = mono.face(true, false);
        assertThat(mono.face(true, false)).isSameAs(bold);
        assertThat(read).containsExactly("LiberationMono-Bold");
        assertThat(mono.faces()).containsExactly(bold);
    }

    @Test
    void aFaceFirstNeededByALaterDocumentGivesTheBytesOfAFreshRenderer() throws Exception {
        PdfRenderer used = new PdfRenderer();
        RenderedPdf.of(used, PROSE, RenderedPdf.METADATA);

        RenderedPdf later = RenderedPdf.of(used, CODE, RenderedPdf.METADATA);
        RenderedPdf fresh = RenderedPdf.of(new PdfRenderer(), CODE, RenderedPdf.METADATA);

        assertThat(later.bytes()).isEqualTo(fresh.bytes());
    }
}
