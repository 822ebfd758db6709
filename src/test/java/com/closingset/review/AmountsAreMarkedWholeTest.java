package com.closingset.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.layout.SetLayout;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A changed amount is struck and inserted whole, its currency or percent sign with its number
 * ({@code ~~$1.14~~ ++$1.10++}), never a sign left standing between two figures; the words and
 * punctuation around it stay unmarked.
 */
class AmountsAreMarkedWholeTest {

    private static String redline(String old, String now) {
        return DocumentRedline.of(old + "\n", now + "\n").markdown();
    }

    @Test
    void aChangedPriceIsMarkedWithItsDollarSign() {
        assertThat(redline("at a price of $1.14 per unit.", "at a price of $1.10 per unit."))
                .isEqualTo("at a price of ~~$1.14~~ ++$1.10++ per unit.\n");
    }

    @Test
    void anAmountInMillionsIsMarkedSignAndNumberTheUnitLeftStanding() {
        assertThat(redline("approximately $42.5 million.", "approximately $41.0 million."))
                .isEqualTo("approximately ~~$42.5~~ ++$41.0++ million.\n");
    }

    @Test
    void aPercentageIsMarkedWithItsPercentSign() {
        assertThat(redline("fees equal to 4.8% of the gross", "fees equal to 5.25% of the gross"))
                .isEqualTo("fees equal to ~~4.8%~~ ++5.25%++ of the gross\n");
    }

    @Test
    void theCommaAfterAnAmountIsNotPartOfTheChange() {
        Redline r = DocumentRedline.of("of $45,600,000, less fees\n", "of $44,000,000, less fees\n");
        assertThat(r.markdown()).isEqualTo("of ~~$45,600,000~~ ++$44,000,000++, less fees\n");
        assertThat(r.wordsDeleted()).isEqualTo(1);
        assertThat(r.wordsInserted()).isEqualTo(1);
    }

    @Test
    void theDealsChangedPriceIsMarkedWholeInEveryDocumentThatPrintsIt() throws Exception {
        String eightK = new String(PriceChange.set().files().get(SetLayout.redlineMarkdown("8-k")), StandardCharsets.UTF_8);
        assertThat(eightK).contains("~~$1.14~~ ++$1.10++").doesNotContain("$~~").doesNotContain("$++");
    }
}
