package com.closingset.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The placement_agreement: section reads into PlacementAgreementTerms, and its mistakes are one line at the spot. */
class PlacementAgreementTermsTest {
    @TempDir
    Path dir;

    private String errorFor(String text) {
        return DealFixture.errorFor(dir, text);
    }

    @Test
    void theFixtureReadsAsTheAgreementStatesIt() throws Exception {
        Deal deal = DealFixture.loader().load(DealFixture.VALID);
        String pa = "placement_agreement.";
        assertThat(deal.value(pa + "agent_address.city")).isEqualTo("St. Louis");
        assertThat((BigDecimal) deal.value(pa + "expense_cap")).isEqualByComparingTo(BigDecimal.valueOf(125_000));
        assertThat(deal.value(pa + "lock_up")).isEqualTo(Map.of("days", 90L, "news_window_days", 17L, "earnings_window_days", 16L,
                "extension_days", 18L));
        assertThat(deal.value(pa + "closing")).isEqualTo(Map.of("place", "company-counsel", "time", LocalTime.of(10, 0)));
        assertThat(deal.value(pa + "agent_information_paragraphs")).isEqualTo(List.of(6L, 7L));
        assertThat(deal.value(pa + "engagement_letter.amended")).isEqualTo(LocalDate.of(2007, 1, 17));
        assertThat(deal.value(pa + "notices.company_copy.address.postal_code")).isEqualTo("37219");
        assertThat(deal.value(pa + "free_writing_prospectuses")).isEqualTo(List.of(Map.of("title", "Final Term Sheet",
                "date", LocalDate.of(2007, 1, 18), "number", 1L)));
        assertThat(deal.value(pa + "subsidiaries")).isEqualTo(List.of("Capstone Turbine International, Inc."));
        assertThat(deal.value(pa + "opinion_form.corporate_statute")).isEqualTo("DGCL");
    }

    @Test
    void schedulesLeftOutAreEmptyAndAnUnamendedLetterHasNoAmendment() throws Exception {
        String text = DealFixture.validText()
                .replace("  free_writing_prospectuses:                  # Schedule I (leave out for \"None\")\n"
                        + "    - title: Final Term Sheet\n      date: 2007-01-18\n", "")
                .replace("    amended: 2007-01-17                       # leave out if never amended\n", "");
        Deal deal = DealFixture.loader().load(DealFixture.write(dir, "y.yaml", text), "y.yaml");
        assertThat(deal.value("placement_agreement.free_writing_prospectuses")).isEqualTo(List.of());
        assertThat(deal.value("placement_agreement.engagement_letter.amended")).isNull();
    }

    @Test
    void aLockUpNewsWindowLongerThanTheLockUp() {
        assertThat(errorFor(DealFixture.edited("news_window_days: 17", "news_window_days: 91")))
                .contains("placement_agreement.lock_up.news_window_days: the last days of the lock-up (91) cannot exceed the lock-up itself (90 days)");
    }

    @Test
    void aZeroDayLockUp() {
        assertThat(errorFor(DealFixture.edited("    days: 90 ", "    days: 0 ")))
                .contains("placement_agreement.lock_up.days: expected a whole number from 1 to 366, got \"0\"");
    }

    @Test
    void paragraphsOutOfOrder() {
        assertThat(errorFor(DealFixture.edited("agent_information_paragraphs: [6, 7]", "agent_information_paragraphs: [7, 6]")))
                .contains("placement_agreement.agent_information_paragraphs: expected paragraph numbers in order, each once, got 7 then 6");
    }

    @Test
    void anAmendmentBeforeTheLetter() {
        assertThat(errorFor(DealFixture.edited("amended: 2007-01-17", "amended: 2007-01-07")))
                .contains("placement_agreement.engagement_letter.amended: the letter cannot be amended (2007-01-07) before it is dated (2007-01-08)");
    }

    @Test
    void anUnknownClosingPlace() {
        assertThat(errorFor(DealFixture.edited("place: company-counsel", "place: the club")))
                .contains("placement_agreement.closing.place: expected one of company-counsel, agent-counsel, issuer, got \"the club\"");
    }

    @Test
    void aMisspeltNoticeField() {
        assertThat(errorFor(DealFixture.edited("      fax: (818) 734-5321", "      facs: (818) 734-5321")))
                .contains("placement_agreement.notices.company.facs: unknown field; did you mean \"fax\"?");
    }
}
