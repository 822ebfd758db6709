package com.closingset.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deal whose terms make no sense stops with one line at the field to correct, before any document
 * prints them: fees and expenses that eat the proceeds, a par value above the price, a quarter that
 * ends after the 8-K reports it, a year no deal of ours is in.
 */
class NothingAbsurdIsPublishedTest {
    @TempDir
    Path dir;

    @Test
    void feesAndExpensesThatLeaveNothingOfTheProceedsStop() {
        assertThat(DealFixture.errorFor(dir, DealFixture.edited("estimated_expenses: 350,000", "estimated_expenses: 43,000,000")))
                .isEqualTo("deal/x.yaml:87:23: offering.estimated_expenses: fees of 2736000.00 and expenses of 43000000"
                        + " leave nothing of gross proceeds of 45600000.00");
    }

    @Test
    void aParValueAboveThePriceStops() {
        assertThat(DealFixture.errorFor(dir, DealFixture.edited("par_value: 0.001", "par_value: 1.20")))
                .startsWith("deal/x.yaml:80:14: offering.par_value: the par value (1.2) cannot exceed the price of a unit (1.14)");
    }

    @Test
    void aParValueAboveTheExercisePriceStops() {
        String text = DealFixture.edited("par_value: 0.001", "par_value: 1.00").replace("exercise_price: 1.30", "exercise_price: 0.90");
        assertThat(DealFixture.errorFor(dir, text))
                .startsWith("deal/x.yaml:80:14: offering.par_value: the par value (1) cannot exceed the warrants' exercise price (0.9)");
    }

    @Test
    void aQuarterEndingAfterTheDateOfReportStops() {
        String text = DealFixture.edited("  period_end: 2006-12-31", "  period_end: 2007-03-31");
        assertThat(DealFixture.errorFor(dir, text))
                .isEqualTo("deal/x.yaml:98:15: results.period_end: the quarter reported cannot end (2007-03-31) after the date of report (2007-01-18)");
    }

    @Test
    void aYearOutsideNineteenHundredToTwentyOneNinetyNineStops() {
        assertThat(DealFixture.errorFor(dir, DealFixture.edited("  pricing: 2007-01-18", "  pricing: 2207-01-18")))
                .startsWith("deal/x.yaml:90:12: dates.pricing: expected a date in a year from 1900 to 2199, got \"2207-01-18\"");
        assertThat(DealFixture.errorFor(dir, DealFixture.edited("  fiscal_year: 2007", "  fiscal_year: 2207")))
                .startsWith("deal/x.yaml:97:16: results.fiscal_year: expected a whole number from 1900 to 2199");
    }
}
