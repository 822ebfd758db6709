package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.deal.DealFixture;
import com.closingset.deal.InputException;
import com.lowagie.text.pdf.PdfReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kit may bring the fonts its firm's deals need in {@code templates/<kit>/fonts/}: a script no
 * system fallback covers (here Runic, from a copy of Noto Sans Runic) then prints, embedded, where
 * without the kit's font it stops the build at the field.
 */
class AKitsOwnFontsComeFirstTest {
    private static final Path RUNIC = Path.of("/usr/share/fonts/truetype/noto/NotoSansRunic-Regular.ttf");
    private static final String NAME = "ᚠᚢᚦᚨᚱᚲ Holdings";

    @TempDir
    Path dir;

    @Test
    void aScriptOnlyTheKitsFontHasPrintsInIt() throws Exception {
        assumeTrue(Files.isRegularFile(RUNIC), "fonts-noto-core is not installed (.ci/run installs it)");
        Path templates = DealFixture.copyTemplates(dir.resolve("templates"));
        Path deal = DealFixture.write(dir, "runic.yaml",
                DealFixture.edited("  - name: Harborview Opportunity Fund, L.P.", "  - name: " + NAME));

        assertThatThrownBy(() -> new Pipeline(templates, Optional.empty(), ProductVersion.get(), 2).build(deal, "deal/runic.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("deal/runic.yaml:176:11: investors[0].name: the text holds U+16A0 RUNIC LETTER FEHU FEOH FE F,");

        Path fonts = Files.createDirectories(templates.resolve("registered-direct/fonts"));
        Files.copy(RUNIC, fonts.resolve(RUNIC.getFileName()));
        BuiltSet set = new Pipeline(templates, Optional.empty(), ProductVersion.get(), 2).build(deal, "deal/runic.yaml");

        byte[] warrant = set.files().get("warrant-01.pdf");
        assertThat(fontNames(warrant)).contains("+NotoSansRunic-Regular");
        assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(new PdfReader(warrant)).getTextFromPage(1)).contains(NAME);
    }

    private static String fontNames(byte[] pdf) {
        // Font names are plain in the file's uncompressed dictionaries.
        return new String(pdf, StandardCharsets.ISO_8859_1);
    }
}
