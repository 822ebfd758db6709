package com.closingset.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistake in a deal file is one line naming file:line:column, the field, and what was expected. */
class DealLoaderErrorsTest {
    @TempDir
    Path dir;

    private String errorFor(String text) {
        return DealFixture.errorFor(dir, text);
    }

    @Test
    void theValidFixtureLoads() throws Exception {
        Deal deal = DealFixture.loader().load(DealFixture.VALID);
        assertThat(deal.id()).isEqualTo("capstone-2007");
        assertThat(deal.value("offering.shares")).isEqualTo(40_000_000L);
        assertThat((java.math.BigDecimal) deal.value("offering.price_per_unit")).isEqualByComparingTo("1.14");
        assertThat((java.math.BigDecimal) deal.value("offering.placement_fee")).isEqualByComparingTo("0.048");
    }

    @Test
    void anAmountInWords() {
        assertThat(errorFor(DealFixture.edited("price_per_unit: 1.14", "price_per_unit: one dollar")))
                .isEqualTo("deal/x.yaml:79:19: offering.price_per_unit: expected an amount like 1.14, got \"one dollar\"");
    }

    @Test
    void moreDecimalsThanCents() {
        assertThat(errorFor(DealFixture.edited("price_per_unit: 1.14", "price_per_unit: 1.145")))
                .isEqualTo("deal/x.yaml:79:19: offering.price_per_unit: expected at most 2 decimal places (like 1.14), got \"1.145\"");
    }

    @Test
    void aNegativeShareCount() {
        assertThat(errorFor(DealFixture.edited("shares: 40,000,000", "shares: -5")))
                .isEqualTo("deal/x.yaml:78:11: offering.shares: expected a whole number above zero like 40,000,000, got \"-5\"");
    }

    @Test
    void aRateOverOneHundredPercent() {
        assertThat(errorFor(DealFixture.edited("placement_fee: 4.8%", "placement_fee: 148%")))
                .isEqualTo("deal/x.yaml:85:18: offering.placement_fee: expected a percentage above 0% and at most 100%, got \"148%\"");
    }

    @Test
    void aRateWithoutPercentSign() {
        assertThat(errorFor(DealFixture.edited("placement_fee: 4.8%", "placement_fee: 0.048")))
                .isEqualTo("deal/x.yaml:85:18: offering.placement_fee: expected a percentage like 4.8%, got \"0.048\"");
    }

    @Test
    void anImpossibleDate() {
        assertThat(errorFor(DealFixture.edited("closing: 2007-01-24", "closing: 2007-02-30")))
                .isEqualTo("deal/x.yaml:93:12: dates.closing: expected a real date written like 2007-01-18, got \"2007-02-30\"");
    }

    @Test
    void closingBeforePricing() {
        assertThat(errorFor(DealFixture.edited("closing: 2007-01-24", "closing: 2007-01-17")))
                .isEqualTo("deal/x.yaml:93:12: dates.closing: the closing (2007-01-17) cannot come before the pricing (2007-01-18)");
    }

    @Test
    void aTypoInAFieldNameSuggestsTheRightOne() {
        assertThat(errorFor(DealFixture.edited("  ticker: CPST", "  tikcer: CPST")))
                .isEqualTo("deal/x.yaml:31:3: issuer.tikcer: unknown field; did you mean \"ticker\"?");
    }

    @Test
    void aDuplicateField() {
        assertThat(errorFor(DealFixture.edited("  ticker: CPST", "  ticker: CPST\n  ticker: CPSX")))
                .isEqualTo("deal/x.yaml:32:3: issuer.ticker: duplicate field (first given at line 31); give each field once");
    }

    @Test
    void aMissingRequiredField() {
        assertThat(errorFor(DealFixture.edited("  par_value: 0.001\n", "")))
                .isEqualTo("deal/x.yaml:78:3: offering.par_value: required field is missing");
    }

    @Test
    void aListWhereTextIsExpected() {
        assertThat(errorFor(DealFixture.edited("  ticker: CPST", "  ticker: [CPST, CPS]")))
                .isEqualTo("deal/x.yaml:31:11: issuer.ticker: expected text, got a list");
    }

    @Test
    void aTabInTheIndentation() {
        assertThat(errorFor(DealFixture.edited("  ticker: CPST", "\tticker: CPST")))
                .startsWith("deal/x.yaml:31:1: not valid YAML: ");
    }

    @Test
    void anUnclosedQuote() {
        assertThat(errorFor(DealFixture.edited("  ticker: CPST", "  ticker: \"CPST")))
                .matches("deal/x\\.yaml:\\d+:\\d+: not valid YAML: .*");
    }

    @Test
    void anEmptyFile() {
        assertThat(errorFor("# nothing here\n"))
                .isEqualTo("deal/x.yaml: the file is empty; expected a deal model (see deal/capstone-2007.yaml)");
    }

    @Test
    void aJavaTagNeverInstantiatesAClass() {
        String text = DealFixture.edited("  ticker: CPST",
                "  ticker: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]");
        assertThat(errorFor(text))
                .isEqualTo("deal/x.yaml:31:11: the tag tag:yaml.org,2002:javax.script.ScriptEngineManager is not allowed;"
                        + " a deal file holds plain text, numbers, dates, lists and fields");
    }

    @Test
    void bytesThatAreNotUtf8() throws Exception {
        Path file = dir.resolve("x.yaml");
        Files.write(file, new byte[] {'d', 'e', 'a', 'l', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThatThrownBy(() -> DealFixture.loader().load(file, "deal/x.yaml"))
                .hasMessage("deal/x.yaml: expected UTF-8 text, but the file holds bytes that are not (binary or another encoding)");
    }

    @Test
    void aMissingFile() {
        assertThatThrownBy(() -> DealFixture.loader().load(dir.resolve("nope.yaml"), "deal/nope.yaml"))
                .hasMessage("deal/nope.yaml: no such file");
    }
}
