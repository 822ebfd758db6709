package com.closingset.docx;

/**
 * How a run of text is set: emphasis, code, the link it is part of, and in a redline whether it is
 * deleted or inserted text. {@code halfPoints} 0 leaves the size to the paragraph's style.
 */
record RunStyle(boolean bold, boolean italic, boolean code, int halfPoints, String link, Change change) {

    /** A redline's tracked change: text deleted from the old version, or inserted in the new. */
    enum Change { NONE, DELETED, INSERTED }

    static RunStyle plain() {
        return new RunStyle(false, false, false, 0, null, Change.NONE);
    }

    RunStyle withBold() {
        return new RunStyle(true, italic, code, halfPoints, link, change);
    }

    RunStyle withItalic() {
        return new RunStyle(bold, true, code, halfPoints, link, change);
    }

    RunStyle inCode() {
        return new RunStyle(bold, italic, true, halfPoints, link, change);
    }

    RunStyle sized(int halfPoints) {
        return new RunStyle(bold, italic, code, halfPoints, link, change);
    }

    RunStyle linkedTo(String target) {
        return new RunStyle(bold, italic, code, halfPoints, target, change);
    }

    RunStyle changed(Change how) {
        return new RunStyle(bold, italic, code, halfPoints, link, how);
    }

    /** The run's {@code w:rPr}, empty when the paragraph's style says it all. */
    String properties() {
        StringBuilder p = new StringBuilder();
        if (link != null) {
            p.append("<w:rStyle w:val=\"Hyperlink\"/>");
        } else if (code) {
            p.append("<w:rStyle w:val=\"CodeChar\"/>");
        }
        if (bold) {
            p.append("<w:b/><w:bCs/>");
        }
        if (italic) {
            p.append("<w:i/><w:iCs/>");
        }
        if (halfPoints > 0) {
            p.append("<w:sz w:val=\"").append(halfPoints).append("\"/><w:szCs w:val=\"").append(halfPoints).append("\"/>");
        }
        return p.isEmpty() ? "" : "<w:rPr>" + p + "</w:rPr>";
    }
}
