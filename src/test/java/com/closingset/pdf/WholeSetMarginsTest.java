package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.pipeline.BuiltSet;
import com.closingset.pipeline.Pipeline;
import com.closingset.pipeline.ProductVersion;
import com.closingset.pdf.RenderedPdf.Glyph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * No text of any real document runs off the page: every glyph of every PDF of the Capstone set,
 * the binder included, lies inside the 1-inch margins, and below the text block there is only the
 * 9-point footer.
 */
class WholeSetMarginsTest {
    private static final float LEFT = 72f - 1f;
    private static final float RIGHT = 612f - 72f + 1f;
    private static final float TOP = 72f - 1f;
    private static final float BOTTOM = 792f - 72f + 1f;

    @Test
    void everyGlyphOfTheCapstoneSetIsInsideTheMargins() throws Exception {
        BuiltSet set = new Pipeline(Path.of("templates"), Optional.empty(), ProductVersion.get())
                .build(Path.of("deal/capstone-2007.yaml"), "deal/capstone-2007.yaml");
        List<String> outside = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, byte[]> file : set.files().entrySet()) {
            if (!file.getKey().endsWith(".pdf")) {
                continue;
            }
            for (Glyph g : new RenderedPdf(file.getValue(), 0).glyphs()) {
                checked++;
                boolean footer = g.y() > BOTTOM && g.size() == HouseStyle.FOOTER_SIZE;
                if (g.x() < LEFT || g.alignedRight() > RIGHT || g.y() < TOP || (g.y() > BOTTOM && !footer)) {
                    outside.add(file.getKey() + " page " + g.page() + ": " + g);
                }
            }
        }
        assertThat(checked).as("glyphs checked").isGreaterThan(300_000);
        assertThat(outside).isEmpty();
    }
}
