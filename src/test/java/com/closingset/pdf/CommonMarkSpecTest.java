package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.assemble.AssemblyException;
import com.closingset.assemble.DocumentAssembler;
import com.closingset.assemble.Manifest;
import com.closingset.assemble.TemplateEngine;
import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template language is CommonMark with GFM tables: each of the CommonMark 0.31.2 specification's
 * examples and GFM's table examples, used as a template's own text and assembled and drawn as a
 * document is, either draws the words of the specification's HTML (its visible text), or is refused
 * loudly (the build stops with a message naming the construct or the character); what draws other
 * characters without a word is "silently wrong", and there is none. A crash is neither: it fails.
 * At this commit: 545 drawn faithfully, 115 refused loudly, 0 silently wrong, of 660.
 */
class CommonMarkSpecTest {
    /** None may be drawn otherwise than the specification's HTML. {@code -Dcommonmark.show=N} prints example N as drawn and as expected. */
    private static final int SILENTLY_WRONG_AT_MOST = 0;
    private static final String FENCE = "````````````````````````````````";
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** A browser shows nothing of a comment, which may hold a ">" of its own. */
    private static final Pattern COMMENT = Pattern.compile("<!---?>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern WHITE = Pattern.compile("[\\s\u00a0]+");
    /** A bullet is the PDF's marker wherever a line starts with it; a number only before a space. */
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*(?:[\u2022\u25E6\u25AA]|\\d{1,9}[.)](?=\\s))");
    /**
     * A blank typed as three or more underscores is drawn as one rule over no-break spaces (see
     * SignatureLinesTest): it reads as the underscores, so each side's blank is compared as one mark.
     */
    private static final Pattern DRAWN_BLANK = Pattern.compile("\u00a0{2,}");
    private static final Pattern TYPED_BLANK = Pattern.compile("_{3,}");
    /** Each page's footer: the document's name (the metadata's title) and "Page X of Y". */
    private static final Pattern FOOTER = Pattern.compile("(?m)^Form 8-K\\s+Page \\d+ of \\d+\\s*$");

    @TempDir
    Path templates;

    record Example(int number, String section, String markdown, String html) {
    }

    @Test
    void everyExampleIsDrawnFaithfullyOrRefusedLoudly() throws Exception {
        List<Example> examples = examples();
        assertThat(examples).hasSize(652 + 8);
        Deal deal = DealFixture.load(DealFixture.VALID);
        PdfRenderer renderer = new PdfRenderer();
        Files.writeString(templates.resolve("manifest.yaml"), "documents:\n  - id: t\n    title: Spec example\n    template: t.md.ftl\n    output: t\n");
        int faithful = 0;
        int refused = 0;
        Map<String, List<Integer>> wrong = new TreeMap<>();
        for (Example e : examples) {
            // The example is the template's own text: FreeMarker syntax in it is kept literal.
            Files.writeString(templates.resolve("t.md.ftl"), "<#noparse>" + e.markdown() + "</#noparse>");
            RenderedPdf pdf;
            try {
                String markdown = new DocumentAssembler(Manifest.load(templates, DealFixture.kit()), new TemplateEngine(templates))
                        .assemble(deal).get(0).markdown();
                pdf = RenderedPdf.of(renderer, markdown, RenderedPdf.METADATA);
            } catch (AssemblyException | UnprintableText refusal) {
                // Refused with a message naming the construct or the character: what a template's author sees.
                refused++;
                continue;
            }
            String expected = letters(TYPED_BLANK.matcher(visible(e.html())).replaceAll("_"));
            String drawn = pdf.text();
            // Either order of reading: a table's cells reach the page's text after what follows the table.
            if (drawnLetters(drawn, e).equals(expected) || drawnLetters(pdf.textInReadingOrder(), e).equals(expected)) {
                faithful++;
            } else {
                wrong.computeIfAbsent(e.section(), s -> new ArrayList<>()).add(e.number());
                if (e.number() == Integer.getInteger("commonmark.show", -1)) {
                    System.out.println("DRAWN [" + drawn + "] EXPECTED [" + visible(e.html()) + "]");
                }
            }
        }
        int silentlyWrong = wrong.values().stream().mapToInt(List::size).sum();
        System.out.println("CommonMark 0.31.2, " + examples.size() + " examples: " + faithful + " drawn faithfully, " + refused
                + " refused loudly, " + silentlyWrong + " silently wrong " + wrong);
        assertThat(faithful + refused + silentlyWrong).isEqualTo(examples.size());
        assertThat(silentlyWrong).as("silently wrong: " + wrong).isLessThanOrEqualTo(SILENTLY_WRONG_AT_MOST);
    }

    /** The letters the page shows but for its footer and list markers, a drawn blank as one mark. */
    private static String drawnLetters(String text, Example e) {
        String page = FOOTER.matcher(text).replaceAll("");
        if (e.html().contains("<li")) {
            // A browser draws list markers without putting them in the text; the PDF draws them as text.
            page = LIST_MARKER.matcher(page).replaceAll("");
        }
        return letters(DRAWN_BLANK.matcher(page).replaceAll("_"));
    }

    /**
     * A text without its white space: the characters drawn, in order. Text extraction puts spaces of
     * its own between runs of another style, so spaces are not compared; a dropped, garbled or added
     * character is.
     */
    private static String letters(String text) {
        return WHITE.matcher(text).replaceAll("");
    }

    /** The text a browser shows of the specification's HTML: tags out, the entities it writes decoded. */
    private static String visible(String html) {
        return TAG.matcher(COMMENT.matcher(html).replaceAll(" ")).replaceAll(" ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    /** CommonMark's examples (numbered 1 to 652), then GFM's table examples (653 to 660). */
    private static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        examples("/spec.txt", out);
        examples("/gfm-tables.txt", out);
        return out;
    }

    private static void examples(String resource, List<Example> out) throws IOException {
        String spec;
        try (InputStream in = CommonMarkSpecTest.class.getResourceAsStream(resource)) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String section = "";
        String[] lines = spec.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("#") && !lines[i].startsWith("#### ")) {
                section = lines[i].replaceFirst("^#+ ", "");
            } else if (lines[i].startsWith(FENCE + " example")) {
                StringBuilder md = new StringBuilder();
                int j = i + 1;
                for (; !lines[j].equals("."); j++) {
                    md.append(lines[j]).append('\n');
                }
                StringBuilder html = new StringBuilder();
                for (j++; !lines[j].equals(FENCE); j++) {
                    html.append(lines[j]).append('\n');
                }
                out.add(new Example(out.size() + 1, section, md.toString().replace('→', '\t'), html.toString().replace('→', '\t')));
                i = j;
            }
        }
    }
}
