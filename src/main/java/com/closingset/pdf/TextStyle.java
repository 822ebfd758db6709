package com.closingset.pdf;

/**
 * How a run of inline text is drawn. Emphasis nests by layering: bold inside italic stays italic.
 *
 * @param link     where the run points, or null; a target starting with {@code #} is a heading in
 *                 the same document
 * @param struck   deleted text of a blackline: red, struck through, with a change bar
 * @param inserted inserted text of a blackline: blue, double-underlined, with a change bar
 */
record TextStyle(boolean monospace, boolean bold, boolean italic, float size, String link, boolean struck,
                 boolean inserted) {

    static TextStyle of(float size) {
        return new TextStyle(false, false, false, size, null, false, false);
    }

    TextStyle withBold() {
        return new TextStyle(monospace, true, italic, size, link, struck, inserted);
    }

    TextStyle withItalic() {
        return new TextStyle(monospace, bold, true, size, link, struck, inserted);
    }

    TextStyle inMonospace(float monospaceSize) {
        return new TextStyle(true, bold, italic, monospaceSize, link, struck, inserted);
    }

    TextStyle linkedTo(String target) {
        return new TextStyle(monospace, bold, italic, size, target, struck, inserted);
    }

    TextStyle withStruck() {
        return new TextStyle(monospace, bold, italic, size, link, true, inserted);
    }

    TextStyle withInserted() {
        return new TextStyle(monospace, bold, italic, size, link, struck, true);
    }

    /** Whether the run is a change a blackline marks (and so gets a change bar). */
    boolean changed() {
        return struck || inserted;
    }
}
