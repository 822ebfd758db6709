package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A value from the deal prints literally in Markdown: it can never become markup. */
class MarkdownEscapingTest {
    private static final Parser PARSER = Parser.builder(
            new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();

    @TempDir
    Path dir;

    private String render(String template, String party) throws Exception {
        Files.writeString(dir.resolve("t.md.ftl"), template);
        return new TemplateEngine(dir).render("t.md.ftl", Map.of("party", party));
    }

    private static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    @Test
    void theIssuesExampleNamePrintsLiterally() throws Exception {
        String name = "A*B_C [x] #1 | <y>";
        String md = render("The party is ${party}.\n", name);
        Document doc = PARSER.parse(md);
        assertThat(text(doc).strip()).isEqualTo("The party is " + name + ".");
        assertThat(doc.getFirstChild().getFirstChild().getNext()).isNull(); // one plain Text node, no emphasis or link
    }

    @ParameterizedTest
    @ValueSource(strings = {"# heading", "- item", "+ item", "1. first", "2) second", "> quote", "| a | b |",
            "**bold**", "`code`", "<script>alert(1)</script>", "[[link]](javascript:x)", "&amp; &#42;", "~~gone~~",
            "line one\n# line two", "back\\slash", "=====", "---", "***", "1234.5 is a number", "${7*7}", "<#assign x=1>"})
    void aValueAtTheStartOfALineStaysAParagraphOfText(String value) throws Exception {
        Document doc = PARSER.parse(render("${party}\n", value));
        Node paragraph = doc.getFirstChild();
        assertThat(paragraph.getClass().getSimpleName()).isEqualTo("Paragraph");
        assertThat(paragraph.getNext()).isNull();
        assertThat(text(doc).strip()).isEqualTo(value.replace('\n', ' '));
    }

    @Test
    void aValueInATableCellStaysInItsCell() throws Exception {
        String md = render("| | |\n|---|---|\n| Party | ${party} |\n", "a | b | c");
        Document doc = PARSER.parse(md);
        List<String> cells = StreamSupport.stream(doc.getDescendants().spliterator(), false)
                .filter(n -> n instanceof TableCell && n.getParent().getParent() instanceof TableBody)
                .map(n -> text(n).strip()).toList();
        assertThat(cells).containsExactly("Party", "a | b | c");
    }

    @Test
    void aValueInAHeadingOrListItemKeepsItsPlace() throws Exception {
        Document doc = PARSER.parse(render("# About ${party}\n\n- ${party}\n", "*Acme* [Corp]"));
        Heading heading = (Heading) doc.getFirstChild();
        assertThat(text(heading)).isEqualTo("About *Acme* [Corp]");
        assertThat(doc.getLastChild().getFirstChild()).isInstanceOf(ListItem.class);
        assertThat(text(doc.getLastChild()).strip()).isEqualTo("*Acme* [Corp]");
    }

    @Test
    void templateTextItselfIsMarkdown() throws Exception {
        Document doc = PARSER.parse(render("**${party}**\n", "Acme"));
        assertThat(doc.getFirstChild().getFirstChild().getClass().getSimpleName()).isEqualTo("StrongEmphasis");
    }
}
