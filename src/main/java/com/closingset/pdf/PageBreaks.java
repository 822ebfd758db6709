package com.closingset.pdf;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a page may not break, decided before a block is drawn: what must stay together is
 * measured and moved whole to the next page when this one cannot hold it.
 */
final class PageBreaks {
    private PageBreaks() {
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
