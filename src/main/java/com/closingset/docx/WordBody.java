package com.closingset.docx;

import com.vladsch.flexmark.util.ast.Node;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * The body of one document being written, and what its paragraphs share: the relationships of its
 * links, the numbers of its bookmarks and revisions, whether the next block starts a page, and
 * whether the document's title has been set.
 */
final class WordBody {
    /** A redline's revisions are the engine's, dated by the new version. */
    static final String REVISION_AUTHOR = "ClosingSet";

    private final StringBuilder xml = new StringBuilder();
    private final Map<String, String> hyperlinks = new LinkedHashMap<>();
    private final String revisionDate;
    private int revisions;
    private int bookmarks;
    private boolean pageBreakPending;
    private boolean titled;
    /** The paragraphs of signature blocks met so far, each with whether it is its block's last. */
    private final Map<Node, Boolean> keptTogether = new IdentityHashMap<>();

    /** @param revisionDate the date of a redline's revisions, as {@code w:date} writes it */
    WordBody(String revisionDate) {
        this.revisionDate = revisionDate;
    }

    StringBuilder xml() {
        return xml;
    }

    /** The relationship id of an external link's target; one per target. */
    String hyperlink(String target) {
        return hyperlinks.computeIfAbsent(target, t -> "rIdLink" + (hyperlinks.size() + 1));
    }

    /** Each external target, by relationship id, in the order first linked. */
    Map<String, String> hyperlinks() {
        Map<String, String> byId = new LinkedHashMap<>();
        hyperlinks.forEach((target, id) -> byId.put(id, target));
        return byId;
    }

    /** The opening tag of a revision ({@code w:ins} or {@code w:del}), numbered apart from every other. */
    String revision(String element) {
        return "<" + element + " w:id=\"" + (++revisions) + "\" w:author=\"" + REVISION_AUTHOR + "\" w:date=\""
                + revisionDate + "\">";
    }

    /** The same as an empty element, for a paragraph mark that was inserted or deleted. */
    String revisionMark(String element) {
        return "<" + element + " w:id=\"" + (++revisions) + "\" w:author=\"" + REVISION_AUTHOR + "\" w:date=\""
                + revisionDate + "\"/>";
    }

    int nextBookmark() {
        return bookmarks++;
    }

    /** The drafter said the page ends here: the next block starts a new one. */
    void breakPage() {
        pageBreakPending = true;
    }

    /** Whether the next block starts a new page; asking settles it. */
    boolean takePageBreak() {
        boolean pending = pageBreakPending;
        pageBreakPending = false;
        return pending;
    }

    /** Whether this is the document's first top-level heading, set in the Title style; asking settles it. */
    boolean takeTitle() {
        boolean first = !titled;
        titled = true;
        return first;
    }

    /** {@code block}'s paragraphs are to land on one page. */
    void keepTogether(List<Node> block) {
        for (int i = 0; i < block.size(); i++) {
            keptTogether.put(block.get(i), i == block.size() - 1);
        }
    }

    /** Whether {@code paragraph} is in a block to keep on one page, and if so whether it is its last. */
    Optional<Boolean> inBlockKeptTogether(Node paragraph) {
        return Optional.ofNullable(keptTogether.get(paragraph));
    }
}
