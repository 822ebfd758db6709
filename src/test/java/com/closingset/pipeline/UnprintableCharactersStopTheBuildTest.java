package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.closingset.assemble.AssemblyException;
import com.closingset.deal.DealFixture;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A character the PDF's font has no glyph for (a name in Chinese, a check box, a non-breaking
 * hyphen) would vanish from the page without a word; the build stops instead, naming the character,
 * the words around it and the line of the document's Markdown that holds it.
 */
class UnprintableCharactersStopTheBuildTest {
    @TempDir
    Path dir;

    @Test
    void anInvestorNamedInChineseStopsTheBuildAtTheDocumentsLine() throws Exception {
        Path deal = DealFixture.write(dir, "x.yaml",
                DealFixture.edited("  - name: Harborview Opportunity Fund, L.P.", "  - name: 中国 Capital"));
        Pipeline pipeline = new Pipeline(DealFixture.TEMPLATES, Optional.empty(), ProductVersion.get(), 1);

        assertThatThrownBy(() -> pipeline.build(deal, "deal/x.yaml"))
                .isInstanceOf(AssemblyException.class)
                .hasMessageMatching("[a-z0-9-]+\\.md:\\d+: the PDF's font has no glyph for U\\+4E2D \"中\" in \"[^\"]*中国 Capital[^\"]*\";"
                        + " the page would leave it out");
    }
}
