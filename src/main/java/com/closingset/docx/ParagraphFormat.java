package com.closingset.docx;

/**
 * A paragraph's {@code w:pPr}: its style and what differs from it. Lengths in twentieths of a point.
 * The elements are written in the order the schema requires.
 */
final class ParagraphFormat {
    private final String style;
    private boolean keepNext;
    private boolean keepLines;
    private boolean pageBreakBefore;
    private boolean ruleBelow;
    private int spacingAfter = -1;
    private int left = -1;
    private int hanging;
    private String alignment;
    private String markChange;

    ParagraphFormat(String style) {
        this.style = style;
    }

    ParagraphFormat keepNext() {
        keepNext = true;
        return this;
    }

    ParagraphFormat keepLines() {
        keepLines = true;
        return this;
    }

    ParagraphFormat pageBreakBefore() {
        pageBreakBefore = true;
        return this;
    }

    ParagraphFormat ruleBelow() {
        ruleBelow = true;
        return this;
    }

    ParagraphFormat spacingAfter(int twips) {
        spacingAfter = twips;
        return this;
    }

    ParagraphFormat indent(int left, int hanging) {
        this.left = left;
        this.hanging = hanging;
        return this;
    }

    /** {@code left}, {@code center}, {@code right} or {@code both} (justified). */
    ParagraphFormat align(String alignment) {
        this.alignment = alignment;
        return this;
    }

    /** The paragraph mark's own revision ({@code <w:ins .../>} or {@code <w:del .../>}): the paragraph was inserted or deleted whole. */
    ParagraphFormat markChanged(String revision) {
        this.markChange = revision;
        return this;
    }

    String xml() {
        StringBuilder p = new StringBuilder("<w:pPr>");
        if (style != null) {
            p.append("<w:pStyle w:val=\"").append(style).append("\"/>");
        }
        p.append(keepNext ? "<w:keepNext/>" : "").append(keepLines ? "<w:keepLines/>" : "")
                .append(pageBreakBefore ? "<w:pageBreakBefore/>" : "");
        if (ruleBelow) {
            p.append("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"auto\"/></w:pBdr>");
        }
        if (spacingAfter >= 0) {
            p.append("<w:spacing w:after=\"").append(spacingAfter).append("\"/>");
        }
        if (left >= 0) {
            p.append("<w:ind w:left=\"").append(left).append("\"");
            p.append(hanging > 0 ? " w:hanging=\"" + hanging + "\"" : " w:firstLine=\"0\"").append("/>");
        }
        if (alignment != null) {
            p.append("<w:jc w:val=\"").append(alignment).append("\"/>");
        }
        if (markChange != null) {
            p.append("<w:rPr>").append(markChange).append("</w:rPr>");
        }
        return p.append("</w:pPr>").toString();
    }
}
