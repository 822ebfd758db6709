package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A parenthesis or a comma touching a word in another face joins the word's run, so that no line
 * breaks between them; but only into a face that has its glyph. Noto Naskh Arabic has no
 * parentheses: one moved into an Arabic run was drawn as nothing, and vanished from the page.
 */
class AMarkIsMovedOnlyIntoAFaceThatDrawsItTest {
    private static HouseStyle house;

    @BeforeAll
    static void fonts() {
        house = ArabicHouse.assumed();
    }

    private static List<Chunk> settled(String text) {
        Phrase phrase = new Phrase();
        TextStyle style = TextStyle.of(12);
        for (TextRuns.Run run : house.runs(style, text, 400)) {
            phrase.add(new Chunk(run.text(), house.font(style, run.face())));
        }
        LineBreaks.settle(phrase);
        return phrase.stream().map(Chunk.class::cast).toList();
    }

    @Test
    void parenthesesAroundAnArabicWordStayInLiberation() {
        List<Chunk> chunks = settled("x (فرع) y");

        assertThat(chunks).allSatisfy(c -> assertThat(c.getContent().codePoints())
                .as("\"%s\" in %s", c.getContent(), c.getFont().getBaseFont().getPostscriptFontName())
                .allMatch(ch -> c.getFont().getBaseFont().charExists(ch)));
        assertThat(String.join("", chunks.stream().map(Chunk::getContent).toList())).contains("(", ")");
    }

    @Test
    void aFaceThatHasTheMarkStillTakesIt() {
        assumeTrue(FontChain.system().names().contains("NotoSerifCJK"), "fonts-noto-cjk is not installed (.ci/run installs it)");
        List<Chunk> chunks = settled("x (中文) y");

        assertThat(chunks).extracting(Chunk::getContent).containsExactly("x ", "(中文) ", "y");
    }
}
