package com.closingset.pdf;

import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A font chain's faces, loaded the first time a character needs one (a deal in Latin script loads
 * none), and which of them draws a character. Not thread-safe: each renderer has its own, as it has
 * its own Liberation faces, because a render re-seeds the subset tags of every face it holds.
 */
final class FallbackFaces {
    /** A CJK collection's faces by region; a run is drawn in the forms of the script it is written in. */
    enum Region { JP, KR, SC }

    private final List<FontChain.Typeface> typefaces;
    private final Map<String, BaseFont> loaded = new HashMap<>();
    private final Map<Integer, Integer> typefaceOf = new HashMap<>();
    /** A collection's face for a region, by file and region: finding it reads the whole file's table of faces. */
    private final Map<String, Integer> collectionIndexes = new HashMap<>();
    private final Consumer<BaseFont> onLoad;

    /** @param onLoad told of each face as it is loaded, to seed its subset tag like the others' */
    FallbackFaces(FontChain chain, Consumer<BaseFont> onLoad) {
        this.typefaces = chain.typefaces();
        this.onLoad = onLoad;
    }

    /** The index in the chain of the first typeface with a glyph for {@code c}, or -1 when none has one. */
    int typefaceFor(int c) {
        return typefaceOf.computeIfAbsent(c, this::firstWith);
    }

    private int firstWith(int c) {
        for (int i = 0; i < typefaces.size(); i++) {
            if (face(i, false, Region.SC).charExists(c)) {
                return i;
            }
        }
        return -1;
    }

    boolean isCjk(int typeface) {
        return typefaces.get(typeface).isCjkCollection();
    }

    /** Typeface {@code i}'s bold or regular face (regular where the family has no bold), in a CJK region's forms. */
    BaseFont face(int i, boolean bold, Region region) {
        FontChain.Typeface t = typefaces.get(i);
        Path file = bold ? t.bold().orElse(t.regular()) : t.regular();
        String name = t.isCjkCollection()
                ? file + "," + collectionIndexes.computeIfAbsent(file + "," + region, k -> collectionIndex(file, region))
                : file.toString();
        BaseFont face = loaded.get(name);
        if (face == null) {
            face = load(name);
            loaded.put(name, face);
            onLoad.accept(face);
        }
        return face;
    }

    /** Every face loaded so far. */
    List<BaseFont> faces() {
        return new ArrayList<>(loaded.values());
    }

    private static BaseFont load(String name) {
        try {
            // NOT_CACHED for the same reason as Liberation's faces (FontFamily): a face in OpenPDF's
            // JVM-wide cache would be shared by every renderer, each re-seeding its subset tag mid-render.
            // (The four-argument createFont caches whatever its last argument says: that one is forceRead.)
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + name + ": " + e.getMessage(), e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot use the font " + name + ": " + e.getMessage(), e);
        }
    }

    /** The face of a collection whose name says the region (NotoSerifCJKjp-Regular, ...), else the first. */
    private static int collectionIndex(Path collection, Region region) {
        try {
            String[] names = BaseFont.enumerateTTCNames(collection.toString());
            String tag = region.name().toLowerCase(Locale.ROOT);
            for (int i = 0; i < names.length; i++) {
                String n = names[i].toLowerCase(Locale.ROOT);
                if (n.contains("cjk" + tag) || n.contains("cjk " + tag)) {
                    return i;
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + collection + ": " + e.getMessage(), e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot use the font " + collection + ": " + e.getMessage(), e);
        }
    }
}
