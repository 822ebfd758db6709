package com.closingset.pdf;

import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The four faces of one Liberation family, embedded as Identity-H subsets, each loaded the first time
 * it is asked for: reading a face's tables is most of what a renderer costs to make, the check of a
 * deal's text needs two faces, and a document without code never needs the monospaced ones. Not
 * thread-safe, like the style that holds it.
 */
final class FontFamily {
    private static final String[] FACES = {"Regular", "Bold", "Italic", "BoldItalic"};

    private final String name;
    private final Consumer<BaseFont> onLoad;
    private final BaseFont[] loaded = new BaseFont[FACES.length];

    /**
     * @param name   the family's file prefix in openpdf-fonts-extra, e.g. {@code LiberationSerif}
     * @param onLoad told of each face as it is loaded, to seed its subset tag like the others'
     */
    FontFamily(String name, Consumer<BaseFont> onLoad) {
        this.name = Objects.requireNonNull(name, "name");
        this.onLoad = Objects.requireNonNull(onLoad, "onLoad");
    }

    BaseFont face(boolean isBold, boolean isItalic) {
        int i = (isBold ? 1 : 0) + (isItalic ? 2 : 0);
        if (loaded[i] == null) {
            loaded[i] = load(name + "-" + FACES[i] + ".ttf");
            onLoad.accept(loaded[i]);
        }
        return loaded[i];
    }

    BaseFont regular() {
        return face(false, false);
    }

    /** Every face loaded so far. */
    Stream<BaseFont> faces() {
        return Arrays.stream(loaded).filter(Objects::nonNull);
    }

    // NOT_CACHED: OpenPDF's cache is JVM-wide, and each render re-seeds its fonts' subset tags,
    // so sharing instances between renderers would be shared mutable state.
    private static BaseFont load(String file) {
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
