package com.closingset.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.DealFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A figure out of its declared bound, or a division by zero, stops the deal with one line naming
 * the figure, its value and every deal field it reads (through the figures it reads).
 */
class FiguresOutOfBoundsStopTheDealTest {
    @TempDir
    Path dir;

    @Test
    void netProceedsBelowZeroAreRefusedWithTheFieldsTheyComeFrom() {
        // 40,000,000 x $1.14 = $45,600,000, less fees of $2,736,000 and $50,000,000 of expenses: -$7,136,000.
        String message = DealFixture.errorFor(dir, DealFixture.edited("estimated_expenses: 350,000", "estimated_expenses: 50,000,000"));
        assertThat(message).isEqualTo("deal/x.yaml: figures.net_proceeds: is -7136000.00, less than the least it may be (0); from "
                + "offering.shares = 40000000, offering.price_per_unit = 1.14, offering.placement_fee = 0.048, "
                + "offering.advisory_fee = 0.012, offering.estimated_expenses = 50000000");
    }

    @Test
    void aBoundAboveIsCheckedToo() {
        Path templates = MiniKit.write(dir, """
                figures:
                  margin:
                    formula: terms.price - terms.cost
                    at_most: 1
                """);
        assertThat(MiniKit.error(templates, MiniKit.DEAL))
                .isEqualTo("deal/x.yaml: figures.margin: is 1.5, more than the most it may be (1); from terms.price = 2.5, terms.cost = 1");
    }

    @Test
    void aDivisionByZeroNamesTheFigureAndItsFields() {
        Path templates = MiniKit.write(dir, """
                figures:
                  markup:
                    formula: terms.price / (terms.cost - 1)
                """);
        assertThat(MiniKit.error(templates, MiniKit.DEAL))
                .isEqualTo("deal/x.yaml: figures.markup: division by zero in terms.price / (terms.cost - 1); from terms.price = 2.5, "
                        + "terms.cost = 1");
    }
}
