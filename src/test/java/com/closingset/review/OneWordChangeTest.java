package com.closingset.review;

import com.closingset.layout.SetLayout;
import com.closingset.deal.DealFile;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.assemble.AssembledDocument;
import com.closingset.assemble.DocumentAssembler;
import com.closingset.assemble.Manifest;
import com.closingset.assemble.TemplateEngine;
import com.closingset.pipeline.Pipeline;
import com.closingset.pipeline.ProductVersion;
import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import com.closingset.deal.DealLoader;
import com.closingset.figures.KitFigures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One word changed in a copy of the deal (the placement agent's short name, A.G. Edwards to
 * A.G. Edwardes): every document that prints it gets a redline marking exactly that word, deleted
 * and inserted, and nothing else; every other document is listed unchanged; and the same inputs
 * give the same bytes.
 */
class OneWordChangeTest {
    private static final Pattern MARK = Pattern.compile("~~(.*?)~~|\\+\\+(.*?)\\+\\+");
    private static final Path TEMPLATES = Path.of("templates");

    @TempDir
    static Path dir;

    private static Redliner redliner;
    private static DealFile old;
    private static DealFile now;
    private static RedlineSet set;
    private static Map<String, String> before;
    private static Map<String, String> after;

    @BeforeAll
    static void compare() throws Exception {
        old = new DealFile(DealFixture.write(dir, "old.yaml", DealFixture.validText()), "deal/old.yaml");
        now = new DealFile(DealFixture.write(dir, "new.yaml",
                DealFixture.edited("short_name: A.G. Edwards\n", "short_name: A.G. Edwardes\n")), "deal/new.yaml");
        redliner = new Redliner(new Pipeline(TEMPLATES, Optional.empty(), ProductVersion.get()));
        set = redliner.compare(old, now);
        before = markdown(old.path());
        after = markdown(now.path());
    }

    @Test
    void eachAffectedDocumentMarksExactlyTheChangedWord() {
        List<String> changed = after.keySet().stream().filter(d -> !before.get(d).equals(after.get(d))).toList();
        assertThat(changed).as("the short name is printed somewhere").isNotEmpty();
        for (String document : changed) {
            String redline = text(SetLayout.redlineMarkdown(document));
            List<String> deleted = new ArrayList<>();
            List<String> inserted = new ArrayList<>();
            Matcher m = MARK.matcher(redline);
            while (m.find()) {
                (m.group(1) != null ? deleted : inserted).add(m.group(1) != null ? m.group(1) : m.group(2));
            }
            int printed = count(after.get(document), "A.G. Edwardes");
            assertThat(deleted).as(document).hasSize(printed).containsOnly("Edwards");
            assertThat(inserted).as(document).hasSize(printed).containsOnly("Edwardes");
            // Taking every change gives the new document; refusing every one gives the old.
            // (The space between a struck run and the run replacing it belongs to neither.)
            assertThat(redline.replaceAll("~~(?:(?!~~).)*~~ (?=\\+\\+)|~~.*?~~", "").replaceAll("\\+\\+(.*?)\\+\\+", "$1")).isEqualTo(after.get(document));
            assertThat(redline.replaceAll("(?<=~~) \\+\\+.*?\\+\\+|\\+\\+.*?\\+\\+", "").replaceAll("~~(.*?)~~", "$1")).isEqualTo(before.get(document));
        }
    }

    @Test
    void unaffectedDocumentsAreListedUnchangedAndGetNoRedline() {
        assertThat(set.documents()).isEqualTo(after.size());
        for (String document : after.keySet()) {
            boolean changed = !before.get(document).equals(after.get(document));
            assertThat(set.files().containsKey(SetLayout.redlineMarkdown(document))).as(document).isEqualTo(changed);
            assertThat(set.files().containsKey(SetLayout.redlinePdf(document))).as(document).isEqualTo(changed);
            assertThat(set.summary()).as(document).containsPattern(Pattern.quote("| " + document
                    + (changed ? ".redline.md" : " | unchanged |")));
        }
        assertThat(set.summary()).contains("Old: `deal/old.yaml`").contains("New: `deal/new.yaml`")
                .contains(set.changed() + " of " + after.size() + " documents changed");
        assertThat(text(SetLayout.REDLINE_SUMMARY)).isEqualTo(set.summary());
    }

    @Test
    void theBlacklineShowsBothWords() throws Exception {
        String document = after.keySet().stream().filter(d -> !before.get(d).equals(after.get(d))).findFirst().orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(set.files().get(SetLayout.redlinePdf(document)))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Edwards Edwardes").doesNotContain("~~").doesNotContain("++");
        }
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws Exception {
        RedlineSet again = redliner.compare(old, now);
        assertThat(again.files().keySet()).isEqualTo(set.files().keySet());
        set.files().forEach((name, bytes) -> assertThat(again.files().get(name)).as(name).isEqualTo(bytes));
    }

    private static String text(String file) {
        return new String(set.files().get(file), StandardCharsets.UTF_8);
    }

    private static Map<String, String> markdown(Path deal) throws Exception {
        Deal d = DealFixture.loader().load(deal);
        DocumentAssembler assembler = new DocumentAssembler(Manifest.load(DealFixture.KIT, DealFixture.kit()), new TemplateEngine(DealFixture.KIT));
        Map<String, String> m = new LinkedHashMap<>();
        for (AssembledDocument a : assembler.assemble(d)) {
            m.put(a.output(), a.markdown());
        }
        return m;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }
}
