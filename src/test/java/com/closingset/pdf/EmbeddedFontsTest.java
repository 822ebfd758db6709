package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Only embedded Liberation subsets, on the pages and in the footer templates alike: never OpenPDF's Helvetica. */
class EmbeddedFontsTest {

    @Test
    void everyFontIsAnEmbeddedLiberationSubset() throws Exception {
        RenderedPdf pdf = RenderedPdf.of(RenderedPdf.fixture("every-construct.md"));

        List<PDFont> fonts = new ArrayList<>();
        try (var document = pdf.load()) {
            for (PDPage page : document.getPages()) {
                collect(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+Liberation(Serif|Mono)(-Bold|-Italic|-BoldItalic)?");
            }
        }
        assertThat(fonts.stream().map(PDFont::getName)).anyMatch(n -> n.endsWith("+LiberationSerif"))
                .anyMatch(n -> n.endsWith("+LiberationMono"));
    }

    /** Fonts of a resource dictionary and of the form XObjects (the footers) it uses. */
    private static void collect(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collect(form.getResources(), fonts);
            }
        }
    }
}
