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
    void aFigureBelowItsLeastIsRefusedWithTheFieldsItComesFrom() {
        Path templates = MiniKit.write(dir, """
                figures:
                  margin:
                    formula: terms.cost - terms.price
                    at_least: 0
                """);
        assertThat(MiniKit.error(templates, MiniKit.DEAL))
                .isEqualTo("deal/x.yaml: figures.margin: is -1.5, less than the least it may be (0); from terms.cost = 1, terms.price = 2.5");
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
