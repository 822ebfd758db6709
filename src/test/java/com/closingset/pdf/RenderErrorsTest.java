package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;

/** OpenPDF's unchecked failures reach the caller as IOExceptions naming the document. */
class RenderErrorsTest {

    @Test
    void aFailingOutputStreamIsAnIOException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> new PdfRenderer().render("Text.\n", RenderedPdf.METADATA, broken))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Form 8-K")
                .hasRootCauseMessage("disk full");
    }
}
