package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

/**
 * A schedule, exhibit, annex or appendix of an agreement (a heading "SCHEDULE I", "Exhibit A",
 * "Exhibit 23.3 — Consent of Counsel", "ANNEX", "Appendix 1: Definitions") begins a new page; a
 * heading that only speaks of exhibits ("EXHIBIT INDEX", "Exhibits and Schedules") does not.
 */
class SchedulesAndExhibitsStartANewPageTest {
    private static RenderedPdf pdf;

    @BeforeAll
    static void render() throws IOException {
        pdf = RenderedPdf.of(RenderedPdf.fixture("pages/schedules-and-exhibits.md"));
    }

    @Test
    void eachPartBeginsAPageOfItsOwn() throws IOException {
        assertThat(pdf.pages()).isEqualTo(7);
        assertThat(pdf.pageLines(1).get(0)).isEqualTo("AGREEMENT");
        assertThat(pdf.pageLines(2).get(0)).isEqualTo("SCHEDULE I");
        assertThat(pdf.pageLines(3).get(0)).isEqualTo("Schedule II");
        assertThat(pdf.pageLines(4).get(0)).isEqualTo("Exhibit A");
        assertThat(pdf.pageLines(5).get(0)).isEqualTo("Exhibit 23.3 — Consent of Counsel");
        assertThat(pdf.pageLines(6).get(0)).isEqualTo("ANNEX");
        assertThat(pdf.pageLines(7).get(0)).isEqualTo("Appendix 1: Definitions");
    }

    @Test
    void aHeadingThatOnlySpeaksOfExhibitsStaysWhereItFalls() throws IOException {
        assertThat(pdf.pageOf("EXHIBIT INDEX")).isEqualTo(7);
        assertThat(pdf.pageOf("Exhibits and Schedules")).isEqualTo(7);
    }

    @Test
    void aPartsHeadingsUnderItStayOnItsPage() throws IOException {
        assertThat(pdf.pageOf("FREE WRITING PROSPECTUSES")).isEqualTo(2);
        assertThat(pdf.pageOf("Form of Opinion")).isEqualTo(4);
    }
}
