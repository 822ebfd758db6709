package com.closingset.pdf;

import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;

/** The four faces of one Liberation family, embedded as Identity-H subsets. */
record FontFamily(BaseFont regular, BaseFont bold, BaseFont italic, BaseFont boldItalic) {

    /** @param name the family's file prefix in openpdf-fonts-extra, e.g. {@code LiberationSerif} */
    static FontFamily load(String name) {
        return new FontFamily(face(name, "Regular"), face(name, "Bold"), face(name, "Italic"), face(name, "BoldItalic"));
    }

    BaseFont face(boolean isBold, boolean isItalic) {
        if (isBold) {
            return isItalic ? boldItalic : bold;
        }
        return isItalic ? italic : regular;
    }

    Stream<BaseFont> faces() {
        return Stream.of(regular, bold, italic, boldItalic);
    }

    // NOT_CACHED: OpenPDF's cache is JVM-wide, and each render re-seeds its fonts' subset tags,
    // so sharing instances between renderers would be shared mutable state.
    private static BaseFont face(String family, String face) {
        String file = family + "-" + face + ".ttf";
        try (InputStream in = FontFamily.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font /liberation/" + file + " is not on the classpath (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + file, e);
        }
    }
}
