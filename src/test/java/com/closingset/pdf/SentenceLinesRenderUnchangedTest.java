package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.assemble.DealMarkdown;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One sentence per line does not move a glyph: the real Capstone 8-K and Placement Agency
 * Agreement, rendered from their Markdown as templated and as split into sentences, put every
 * glyph on the same page at the same place.
 */
class SentenceLinesRenderUnchangedTest {
    private record Placed(int page, float x, float y, String text) {
    }

    private static Map<String, String> templated;
    private static Map<String, String> split;

    @BeforeAll
    static void assembleCapstone() throws Exception {
        Path capstone = Path.of("deal/capstone-2007.yaml");
        templated = DealMarkdown.of(capstone, false);
        split = DealMarkdown.of(capstone, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8-k", "ex-1.1-placement-agency-agreement"})
    void everyGlyphIsWhereItWas(String document) throws Exception {
        assertThat(split.get(document)).as("the sentences are split at all").isNotEqualTo(templated.get(document));
        RenderedPdf before = RenderedPdf.of(templated.get(document));
        RenderedPdf after = RenderedPdf.of(split.get(document));
        assertThat(after.pages()).isEqualTo(before.pages());
        List<Placed> was = placed(before);
        assertThat(was).hasSizeGreaterThan(5_000);
        assertThat(placed(after)).containsExactlyElementsOf(was);
    }

    private static List<Placed> placed(RenderedPdf pdf) throws Exception {
        return pdf.glyphs().stream().map(g -> new Placed(g.page(), g.x(), g.y(), g.text())).toList();
    }
}
