package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 8-K's cover has a check box before each of the four communications, empty unless the deal
 * checks it (form_8k.communications); the table of securities registered under Section 12(b) and the
 * emerging growth company box where the deal gives them (Northwind, 2031), and neither where it does
 * not (Capstone, 2007, before the form had them).
 */
class EightKCoverCarriesTheFormsItemsTest {
    private static final Path NORTHWIND = Path.of("deal/northwind-2031.yaml");

    @TempDir
    Path dir;

    @Test
    void capstonesCoverHasFourEmptyBoxesAndNeitherLaterItem() throws Exception {
        String cover = DealMarkdown.of(Path.of("deal/capstone-2007.yaml"), true).get("8-k");
        assertThat(cover).contains("\n☐ Written communications pursuant to Rule 425", "\n☐ Soliciting material pursuant to Rule 14a-12",
                "\n☐ Precommencement communications pursuant to Rule 14d-2(b)", "\n☐ Precommencement communications pursuant to Rule 13e-4(c)");
        assertThat(cover).doesNotContain("☒", "Section 12(b)", "emerging growth company");
    }

    @Test
    void northwindsCoverHasTheSection12bTableAndTheEmergingGrowthCompanyBox() throws Exception {
        String cover = DealMarkdown.of(NORTHWIND, true).get("8-k");
        assertThat(cover).contains("Securities registered pursuant to Section 12(b) of the Act:\n\n"
                + "| Title of each class | Trading Symbol(s) | Name of each exchange on which registered |\n|---|:-:|---|\n"
                + "| Common Stock, par value $0.0001 per share | NWHS | NYSE American LLC |\n");
        assertThat(cover).contains("\nEmerging growth company ☐\n");
    }

    @Test
    void aBoxTheDealChecksIsChecked() throws Exception {
        String text = Files.readString(NORTHWIND).replace("form_8k:", "form_8k:\n  communications:\n    rule_14a_12: yes");
        Path deal = Files.writeString(dir.resolve("northwind-2031.yaml"), text);
        String cover = DealMarkdown.of(deal, true).get("8-k");
        assertThat(cover).contains("\n☒ Soliciting material pursuant to Rule 14a-12", "\n☐ Written communications pursuant to Rule 425");
    }
}
