package com.closingset.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;

import java.awt.Color;
import java.util.List;
import java.util.stream.Stream;

/** Page, type and spacing of every document: US Letter, 1-inch margins, Liberation Serif. */
final class HouseStyle {
    static final Rectangle PAGE = PageSize.LETTER;
    static final float MARGIN = 72f;
    static final float LEADING = 1.2f;
    /** The height of the text block between the top and bottom margins. */
    static final float BODY_HEIGHT = PAGE.getHeight() - 2 * MARGIN;

    static final float BODY_SIZE = 12f;
    static final float TABLE_SIZE = 10f;
    static final float CODE_SIZE = 10f;
    static final float FOOTER_SIZE = 9f;
    /** The captions under the values of a cover's row, and a letterhead's offices. */
    static final float CAPTION_SIZE = 9f;
    static final float LETTERHEAD_NAME_SIZE = 18f;
    /** Monospace looks larger than serif at the same size; this brings inline code to the body's x-height. */
    static final float MONOSPACE_SCALE = 0.9f;
    private static final float[] HEADING_SIZES = {18f, 16f, 14f, 13f, 12f, 11f};

    static final float PARAGRAPH_SPACING = 8f;
    static final float TIGHT_ITEM_SPACING = 3f;
    static final float HEADING_SPACE_BEFORE = 12f;
    static final float HEADING_SPACE_AFTER = 6f;
    /** A heading needs this many body lines under it on the same page, or it moves to the next one. */
    static final int LINES_KEPT_WITH_HEADING = 3;

    static final float QUOTE_INDENT = 24f;
    static final float CODE_INDENT = 18f;
    static final float BULLET_GUTTER = 18f;
    /** A clause's text starts half an inch after its marker; a roman one's, (xxxviii), two thirds of an inch. */
    static final float CLAUSE_GUTTER = 36f;
    static final float ROMAN_CLAUSE_GUTTER = 48f;
    /** A short section (a heading and its content) shorter than this starts on a new page rather than split. */
    static final float SHORT_SECTION = BODY_HEIGHT / 3;

    /** A title page's (a binder's cover's) first line stands this far below the top margin. */
    static final float TITLE_DROP = BODY_HEIGHT / 4;

    static final float MARKER_GAP = 6f;
    static final float RULE_WIDTH = 0.75f;
    static final float CELL_BORDER = 0.5f;
    static final float CELL_PADDING = 4f;
    static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);
    static final float LINK_UNDERLINE = 0.5f;

    /** A blackline's deleted text (struck through) and inserted text (double-underlined), as law firms mark them. */
    static final Color DELETED = new Color(0xC0, 0x00, 0x00);
    static final Color INSERTED = new Color(0x00, 0x00, 0xC0);
    /** Strike and underline rules, as fractions of the type size: thickness, then offsets from the baseline. */
    static final float CHANGE_RULE = 0.05f;
    static final float STRIKE_RISE = 0.3f;
    static final float UNDERLINE_DROP = -0.12f;
    static final float SECOND_UNDERLINE_DROP = -0.24f;
    /** A change bar: a rule in the left margin this far from the text block, beside each changed line. */
    static final float CHANGE_BAR_OFFSET = 12f;
    static final float CHANGE_BAR_WIDTH = 1.5f;

    private final FontFamily serif = new FontFamily("LiberationSerif", this::seed);
    private final FontFamily mono = new FontFamily("LiberationMono", this::seed);
    private final FallbackFaces fallbacks;
    private byte[] seed = new byte[0];

    HouseStyle(FontChain chain) {
        fallbacks = new FallbackFaces(chain, this::seed);
    }

    /** The font of a run in Liberation; {@link #runs} says which parts of a text need another face. */
    Font font(TextStyle style) {
        return font(style, primary(style));
    }

    Font font(TextStyle style, BaseFont face) {
        return new Font(face, style.size(), Font.NORMAL, color(style));
    }

    /** {@code text} in runs of one face each: Liberation's, or a fallback's where Liberation has no glyph. */
    List<TextRuns.Run> runs(TextStyle style, String text) {
        return runs(style, text, Float.POSITIVE_INFINITY);
    }

    /** The same, for a block whose lines are {@code lineWidth} points wide. */
    List<TextRuns.Run> runs(TextStyle style, String text, float lineWidth) {
        return TextRuns.of(text, primary(style), style.bold(), fallbacks, style.size(), lineWidth);
    }

    private BaseFont primary(TextStyle style) {
        return (style.monospace() ? mono : serif).face(style.bold(), style.italic());
    }

    /**
     * Seeds every face's subset tag from the render's fingerprint, so equal input gives equal bytes;
     * a fallback face loaded later in the render is seeded as it loads.
     */
    void seed(byte[] fingerprint) {
        seed = fingerprint.clone();
        faces().forEach(this::seed);
    }

    private void seed(BaseFont face) {
        face.setSecureRandom(new SubsetTagRandom(seed, face.getPostscriptFontName()));
    }

    private static Color color(TextStyle style) {
        if (style.struck()) {
            return DELETED;
        }
        return style.inserted() ? INSERTED : Color.BLACK;
    }

    Font body() {
        return font(TextStyle.of(BODY_SIZE));
    }

    BaseFont footerFace() {
        return serif.regular();
    }

    static float headingSize(int level) {
        return HEADING_SIZES[Math.min(Math.max(level, 1), HEADING_SIZES.length) - 1];
    }

    static float leading(float size) {
        return size * LEADING;
    }

    private Stream<BaseFont> faces() {
        return Stream.of(serif.faces(), mono.faces(), fallbacks.faces().stream()).flatMap(f -> f);
    }
}
