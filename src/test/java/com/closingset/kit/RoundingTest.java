package com.closingset.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** A kit's rounding, as it writes it: applied exactly, and stated in the one wording the figure sheet uses. */
class RoundingTest {

    private static Rounding parse(String text) throws FormulaException {
        return Rounding.parse(text);
    }

    @Test
    void centsHalfUpRoundsAHalfCentUp() throws Exception {
        Rounding r = parse("cents, half-up");
        assertThat(r.apply(new BigDecimal("0.125"), r.mode().orElseThrow())).isEqualByComparingTo("0.13");
        assertThat(r.words(RoundingMode.HALF_UP, true)).isEqualTo("half-up to the cent");
    }

    @Test
    void theNearestMultipleIsInDollarsForAnAmount() throws Exception {
        Rounding r = parse("nearest 100,000, half-up");
        assertThat(r.apply(new BigDecimal("42514000.00"), RoundingMode.HALF_UP)).isEqualByComparingTo("42500000");
        assertThat(r.apply(new BigDecimal("42550000"), RoundingMode.HALF_UP)).isEqualByComparingTo("42600000");
        assertThat(r.words(RoundingMode.HALF_UP, true)).isEqualTo("half-up to the nearest $100,000");
        assertThat(r.words(RoundingMode.HALF_UP, false)).isEqualTo("half-up to the nearest 100,000");
    }

    @Test
    void wholeSharesTakeTheDealsModeWhenTheKitSaysAs() throws Exception {
        Rounding r = parse("whole shares, as offering.warrant_rounding");
        assertThat(r.mode()).isEmpty();
        assertThat(r.modeField()).hasValue("offering.warrant_rounding");
        assertThat(r.apply(new BigDecimal("1.5"), RoundingMode.DOWN)).isEqualByComparingTo("1");
        assertThat(r.words(RoundingMode.DOWN, false)).isEqualTo("rounded down to a whole share");
    }

    @Test
    void aWholePercentKeepsTwoPlacesOfTheFraction() throws Exception {
        Rounding r = parse("whole percent, half-up");
        assertThat(r.apply(new BigDecimal("0.9655"), RoundingMode.HALF_UP)).isEqualByComparingTo("0.97");
        assertThat(r.words(RoundingMode.HALF_UP, false)).isEqualTo("half-up to a whole percent");
        assertThat(parse("4 places, half-even").apply(new BigDecimal("0.12345"), RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.1234");
    }

    @Test
    void aRatesPlacesAreSaidInPercent() throws Exception {
        Rounding r = parse("4 places, half-up");
        assertThat(r.words(RoundingMode.HALF_UP, false, true)).isEqualTo("half-up to a hundredth of a percent");
        assertThat(parse("3 places, half-up").words(RoundingMode.HALF_UP, false, true)).isEqualTo("half-up to a tenth of a percent");
        assertThat(r.words(RoundingMode.HALF_UP, false, false)).isEqualTo("half-up to 4 decimal places");
    }

    @Test
    void exactRoundsNothing() throws Exception {
        assertThat(parse("exact").apply(new BigDecimal("13680000.00"), RoundingMode.UNNECESSARY)).isEqualTo(new BigDecimal("13680000.00"));
        assertThat(parse("exact").words(RoundingMode.UNNECESSARY, true)).isEqualTo("exact");
    }

    @Test
    void anUnknownUnitOrModeSaysWhatWasExpected() {
        assertThatThrownBy(() -> parse("pennies, half-up")).hasMessageStartingWith("expected a rounding unit (cents, ");
        assertThatThrownBy(() -> parse("cents")).hasMessageStartingWith("expected a rounding like \"cents, half-up\"");
    }
}
