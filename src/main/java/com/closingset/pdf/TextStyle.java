package com.closingset.pdf;

/**
 * How a run of inline text is drawn. Emphasis nests by layering: bold inside italic stays italic.
 *
 * @param link where the run points, or null; a target starting with {@code #} is a heading in
 *             the same document
 */
record TextStyle(boolean monospace, boolean bold, boolean italic, float size, String link) {

    static TextStyle of(float size) {
        return new TextStyle(false, false, false, size, null);
    }

    TextStyle withBold() {
        return new TextStyle(monospace, true, italic, size, link);
    }

    TextStyle withItalic() {
        return new TextStyle(monospace, bold, true, size, link);
    }

    TextStyle inMonospace(float monospaceSize) {
        return new TextStyle(true, bold, italic, monospaceSize, link);
    }

    TextStyle linkedTo(String target) {
        return new TextStyle(monospace, bold, italic, size, target);
    }
}
