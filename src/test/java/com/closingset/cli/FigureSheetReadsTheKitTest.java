package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.DealFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code closingset figures} reads the kit's declarations: change a figure's formula, rounding and rule
 * in kit.yaml and the sheet's value, exact value and rule change with it; it cannot drift.
 */
class FigureSheetReadsTheKitTest {
    @TempDir
    Path home;

    @Test
    void aChangedDeclarationChangesTheSheet() throws Exception {
        Path kit = DealFixture.copyTemplates(home.resolve("templates")).resolve("registered-direct/kit.yaml");
        String text = Files.readString(kit);
        String before = """
                  placement_fee:
                    formula: figures.gross_proceeds * offering.placement_fee
                    round: cents, half-up
                    rule: ${w.percent(deal.offering.placement_fee)} of gross proceeds
                """;
        assertThat(text).contains(before);
        Files.writeString(kit, text.replace(before, """
                  placement_fee:
                    formula: figures.gross_proceeds * offering.placement_fee / 2
                    round: nearest 1000, down
                    rule: half of ${w.percent(deal.offering.placement_fee)} of gross proceeds
                """));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = InProject.run(home, new PrintWriter(out, true), new PrintWriter(err, true), "figures",
                DealFixture.VALID.toAbsolutePath().toString());

        assertThat(status).as(err.toString()).isZero();
        // 4.8% of $45,600,000 = $2,188,800, halved $1,094,400, down to the thousand: $1,094,000.
        assertThat(out.toString().lines().map(l -> l.replaceAll(" +\\|", " |")))
                .contains("| placement fee | $1,094,000 | half of 4.8% of gross proceeds, rounded down to the nearest $1000 |");
    }
}
