package com.closingset.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a document's links may go: a web address ({@code https:}, {@code http:}), a mail address
 * ({@code mailto:}) or a heading of the document ({@code #...}). A PDF reader follows any other
 * target it is given: a {@code javascript:} or {@code file:} link in a template would be a live
 * link in every signed PDF.
 */
public final class LinkTargets {
    /** A link to a target a document may not have, at its line of the document's Markdown. */
    public record LinkProblem(int line, String sourceLine, String message) {
    }

    private LinkTargets() {
    }

    /** The first link of {@code document} to another kind of target, as a problem at its line; empty when none. */
    @SuppressWarnings("unchecked")
    static Optional<LinkProblem> problem(String markdown, Node document) {
        Optional<LinkProblem>[] found = new Optional[] {Optional.empty()};
        NodeVisitor visitor = new NodeVisitor(
                new VisitHandler<>(Link.class, l -> check(markdown, l, l.getUrl().toString(), found)),
                new VisitHandler<>(Image.class, l -> check(markdown, l, l.getUrl().toString(), found)),
                new VisitHandler<>(AutoLink.class, l -> check(markdown, l, l.getUrl().toString(), found)),
                new VisitHandler<>(Reference.class, l -> check(markdown, l, l.getUrl().toString(), found)));
        visitor.visit(document);
        return found[0];
    }

    private static void check(String markdown, Node node, String url, Optional<LinkProblem>[] found) {
        if (found[0].isPresent() || allowed(url)) {
            return;
        }
        int line = SourceText.lineOf(markdown, node.getStartOffset());
        String source = markdown.lines().skip(line - 1).findFirst().orElse("");
        found[0] = Optional.of(new LinkProblem(line, source, "a link to \"" + url + "\": a document's links may go to"
                + " https:, http: or mailto: addresses or to a heading of the document (#...), and a PDF reader would"
                + " follow this one"));
    }

    static boolean allowed(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https:") || u.startsWith("http:") || u.startsWith("mailto:") || u.startsWith("#");
    }
}
