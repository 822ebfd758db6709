package com.closingset.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
        PlacementAgreementTerms pa = new DealLoader().load(DealFixture.VALID).placementAgreement();
        assertThat(pa.agentAddress().city()).isEqualTo("St. Louis");
        assertThat(pa.expenseCap()).isEqualByComparingTo(BigDecimal.valueOf(125_000));
        assertThat(pa.lockUp()).isEqualTo(new PlacementLockUp(90, 17, 16, 18));
        assertThat(pa.closing()).isEqualTo(new PlacementClosing(PlacementClosingPlace.COMPANY_COUNSEL, LocalTime.of(10, 0)));
        assertThat(pa.agentInformationParagraphs()).containsExactly(6, 7);
        assertThat(pa.engagementLetter().amended()).isEqualTo(LocalDate.of(2007, 1, 17));
        assertThat(pa.notices().companyCopy().address().postalCode()).isEqualTo("37219");
        assertThat(pa.freeWritingProspectuses()).containsExactly(new PlacementFreeWritingProspectus("Final Term Sheet", LocalDate.of(2007, 1, 18)));
        assertThat(pa.subsidiaries()).isEqualTo(List.of("Capstone Turbine International, Inc."));
        assertThat(pa.opinionForm().corporateStatute()).isEqualTo("DGCL");
    }

    @Test
    void schedulesLeftOutAreEmptyAndAnUnamendedLetterHasNoAmendment() throws Exception {
        String text = DealFixture.validText()
                .replace("  free_writing_prospectuses:                  # Schedule I (leave out for \"None\")\n"
                        + "    - title: Final Term Sheet\n      date: 2007-01-18\n", "")
                .replace("    amended: 2007-01-17                       # leave out if never amended\n", "");
        PlacementAgreementTerms pa = new DealLoader().load(DealFixture.write(dir, "y.yaml", text), "y.yaml").placementAgreement();
        assertThat(pa.freeWritingProspectuses()).isEmpty();
        assertThat(pa.engagementLetter().amended()).isNull();
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
