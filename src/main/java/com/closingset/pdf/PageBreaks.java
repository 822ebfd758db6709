package com.closingset.pdf;

import com.closingset.markdown.SourceText;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a page may not break, decided before a block is drawn: what must stay together is
 * measured and moved whole to the next page when this one cannot hold it.
 */
public final class PageBreaks {
    /**
     * "[Signature Page Follows]", or "[Remainder of Page Intentionally Left Blank; Signature Pages
     * Follow]": the drafter's word that the page ends here.
     */
    private static final Pattern SIGNATURE_PAGE_FOLLOWS = Pattern.compile("(?i)[*_]*\\[[^\\]]*\\bsignature pages?\\s+follows?\\.?\\][*_]*");
    /**
     * A part attached to an agreement: "SCHEDULE I", "Exhibit A", "Annex 2", "APPENDIX", "Exhibit
     * 23.3 — Consent". The mark after the word is a numeral or a capital letter or two, so "EXHIBIT
     * INDEX" (an 8-K's list of exhibits) is not a part.
     */
    private static final Pattern PART = Pattern.compile("(?i:schedule|exhibit|annex|appendix)"
            + "(?:\\s+(?:[IVXLC]+|[A-Z]{1,2}|\\d+(?:\\.\\d+)*)(?:-\\d+)?)?(?:[.:]?|(?:[.:]|\\s+[—–-])\\s+.*)");
    private static final Pattern SIGNATURE_PAGE = Pattern.compile("(?i)(?:.*\\s)?signature pages?(?:\\s.*)?");

    private PageBreaks() {
    }

    /** Whether {@code paragraph} announces that the signature page follows: what comes after it starts a new page. */
    public static boolean announcesSignaturePage(Paragraph paragraph) {
        // Its source, not its text: Flexmark reads the brackets as a link reference and drops them.
        return SIGNATURE_PAGE_FOLLOWS.matcher(SourceText.unescaped(paragraph.getChars()).strip()).matches();
    }

    /**
     * Whether {@code heading} begins a page of its own: a part of an agreement (schedule, exhibit,
     * annex, appendix), a signature page, or whatever comes first after a signature block, which
     * never shares its page with the next part.
     */
    public static boolean beginsPage(Heading heading) {
        String text = text(heading);
        return PART.matcher(text).matches() || SIGNATURE_PAGE.matcher(text).matches() || SignatureBlock.endsAt(heading);
    }

    private static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).replace('\u00A0', ' ').strip();
    }

    /**
     * A signature block is not split across pages, nor is any paragraph of hard-broken lines (an
     * address, a notice block); a paragraph all in bold stands as a heading ("**4. Exercise and
     * Duration of the Agreement.**") and, like one, keeps the first lines after it on its page.
     */
    static void beforeParagraph(Paragraph node, BlockContext ctx) {
        List<Node> signatureBlock = SignatureBlock.openedBy(node);
        if (!signatureBlock.isEmpty()) {
            ctx.keepTogether(signatureBlock, 0);
        } else if (node.getChildOfType(HardLineBreak.class) != null) {
            ctx.keepTogether(List.of(node), 0);
        } else if (node.getFirstChild() instanceof StrongEmphasis && node.getFirstChild() == node.getLastChild()) {
            ctx.keepTogether(List.of(node), ctx.paragraphSpacing()
                    + HouseStyle.LINES_KEPT_WITH_HEADING * HouseStyle.leading(HouseStyle.BODY_SIZE));
        }
    }

    /**
     * OpenPDF has no keep-with-next. A short section (the heading and its content up to the next
     * heading of its level or higher) starts a new page rather than split; any other heading does
     * when the headings right under it and the first lines of its text would not fit on this page.
     */
    static void beforeHeading(Heading node, BlockContext ctx) {
        if (beginsPage(node)) {
            ctx.newPage();
            return;
        }
        List<Node> headings = headings(node);
        // With a third of a page left, a short section fits whatever its height, and so do a heading
        // or two (two lines each at most) with the first lines under them: nothing to measure.
        if (ctx.room() > HouseStyle.SHORT_SECTION && headings.size() <= 2) {
            return;
        }
        float section = ctx.measure(section(node), HouseStyle.SHORT_SECTION);
        if (section <= HouseStyle.SHORT_SECTION) {
            ctx.keepRoom(section);
        } else {
            ctx.keepRoom(ctx.measure(headings, HouseStyle.BODY_HEIGHT) + HouseStyle.HEADING_SPACE_AFTER
                    + HouseStyle.LINES_KEPT_WITH_HEADING * HouseStyle.leading(HouseStyle.BODY_SIZE));
        }
    }

    private static List<Node> section(Heading heading) {
        List<Node> section = new ArrayList<>(List.of(heading));
        for (Node next = heading.getNext(); next != null && !endsSection(heading, next); next = next.getNext()) {
            section.add(next);
        }
        return section;
    }

    private static boolean endsSection(Heading heading, Node node) {
        return node instanceof Heading other && other.getLevel() <= heading.getLevel();
    }

    /** The heading and the headings that follow it with no text in between. */
    private static List<Node> headings(Heading heading) {
        List<Node> headings = new ArrayList<>();
        for (Node next = heading; next instanceof Heading; next = next.getNext()) {
            headings.add(next);
        }
        return headings;
    }
}
