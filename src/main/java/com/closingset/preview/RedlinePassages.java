package com.closingset.preview;

import com.closingset.markdown.MarkdownDialect;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.ins.InsExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The passages of a document's redline that hold a change, as HTML for the preview page: each block
 * (paragraph, heading, table, list) with a mark in it, read by the redline's own parser, so that
 * {@code ~~deleted~~} and {@code ++inserted++} show as the page's struck and inserted text. Raw HTML
 * in the Markdown (the layout directives' comments) is dropped, never passed to the browser.
 */
final class RedlinePassages {
    /** A page of a large deal's changes would be too long to read; the blackline has them all. */
    static final int MOST = 40;
    // A mark not escaped: plain text's own tildes and plus signs are written escaped in a redline.
    private static final Pattern MARK = Pattern.compile("(?<!\\\\)(?:~~|\\+\\+)");
    private static final HtmlRenderer HTML;
    private static final Parser PARSER = MarkdownDialect.redlineParser();

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), InsExtension.create()));
        options.set(HtmlRenderer.SUPPRESS_HTML, true);
        HTML = HtmlRenderer.builder(options).build();
    }

    private RedlinePassages() {
    }

    /** The changed blocks of {@code redlineMarkdown}, at most {@link #MOST}, each as HTML. */
    static List<String> of(String redlineMarkdown) {
        List<String> passages = new ArrayList<>();
        for (String block : redlineMarkdown.split("\n\\s*\n")) {
            if (passages.size() == MOST) {
                break;
            }
            if (MARK.matcher(block).find()) {
                passages.add(HTML.render(PARSER.parse(block)));
            }
        }
        return passages;
    }
}
