package com.closingset.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Form 8-K's cover gained the emerging growth company check box on April 12, 2017 and the table
 * of securities registered under Section 12(b) on May 2, 2019: a report dated from then on must say
 * them (form_8k), one dated before need not.
 */
class CoverItemsTheFormGainedAreRequiredTest {
    private static final String DATED = "  report: 2007-01-18             # the 8-K's date of report";
    private static final String ITEMS = "form_8k:\n  section_12b:\n    exchange: The Nasdaq Stock Market LLC\n  emerging_growth_company: no\n\n";

    @TempDir
    Path dir;

    @Test
    void aReportBeforeTheChangesNeedsNeither() throws Exception {
        Path file = DealFixture.write(dir, "x.yaml", DealFixture.validText());
        assertThat(DealFixture.loader().load(file, "deal/x.yaml").value("form_8k")).isNull();
    }

    @Test
    void aReportFromApril12_2017SaysWhetherTheIssuerIsAnEmergingGrowthCompany() {
        String text = datedWith("2017-04-12", "");
        assertThat(DealFixture.errorFor(dir, text)).startsWith("deal/x.yaml:91:11: dates.report: a Form 8-K dated on or after"
                + " April 12, 2017 (2017-04-12) says whether the registrant is an emerging growth company");
    }

    @Test
    void aReportTheDayBeforeNeedsNoEmergingGrowthCompanyBox() throws Exception {
        Path file = DealFixture.write(dir, "x.yaml", datedWith("2017-04-11", ""));
        assertThat(DealFixture.loader().load(file, "deal/x.yaml").value("dates.report").toString()).isEqualTo("2017-04-11");
    }

    @Test
    void aReportFromMay2_2019ListsTheSecuritiesRegisteredUnderSection12b() {
        String text = datedWith("2019-05-02", "form_8k:\n  emerging_growth_company: no\n\n");
        assertThat(DealFixture.errorFor(dir, text)).startsWith("deal/x.yaml:91:11: dates.report: a Form 8-K dated on or after"
                + " May 2, 2019 (2019-05-02) lists the securities registered under Section 12(b)");
    }

    @Test
    void aReportGivingBothLoads() throws Exception {
        Path file = DealFixture.write(dir, "x.yaml", datedWith("2019-05-02", ITEMS));
        assertThat(DealFixture.loader().load(file, "deal/x.yaml").value("form_8k.section_12b.exchange"))
                .isEqualTo("The Nasdaq Stock Market LLC");
    }

    /** The valid deal dated {@code date} throughout (no date before the pricing), with {@code items} before its results. */
    private static String datedWith(String date, String items) {
        return DealFixture.validText().replace("2007-01-18", date).replace("2007-01-19", date).replace("2007-01-24", date)
                .replace("\nresults:", "\n" + items + "results:");
    }
}
