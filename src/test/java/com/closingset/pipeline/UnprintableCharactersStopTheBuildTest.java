package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.closingset.deal.DealFixture;
import com.closingset.deal.InputException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A character no font of the PDFs has (an emoji in a legal name) would vanish from the page without a
 * word; the build stops instead, at the deal file's line and column, naming the field and the
 * character as Unicode names it, before anything is drawn.
 */
class UnprintableCharactersStopTheBuildTest {
    @TempDir
    Path dir;

    @Test
    void anEmojiInAnInvestorsNameStopsTheBuildAtItsField() throws Exception {
        Path deal = DealFixture.write(dir, "x.yaml",
                DealFixture.edited("  - name: Harborview Opportunity Fund, L.P.", "  - name: Harborview \uD83D\uDE00 Fund"));
        Pipeline pipeline = new Pipeline(DealFixture.TEMPLATES, Optional.empty(), ProductVersion.get(), 1);

        assertThatThrownBy(() -> pipeline.build(deal, "deal/x.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessageMatching("deal/x\\.yaml:176:11: investors\\[0\\]\\.name: the text holds U\\+1F600 GRINNING FACE,"
                        + " which no font of the PDFs has \\(Liberation, nor the \\d+ fallback fonts installed\\);"
                        + " write it another way or add a font that has it to the kit's fonts/ folder");
    }
}
