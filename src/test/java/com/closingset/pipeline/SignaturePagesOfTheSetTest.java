package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * In the real Capstone set, each signature page stands alone as the signed originals did: the
 * Placement Agency Agreement's two signature blocks on a page after "[Signature Page Follows]",
 * then Schedule I, Schedule II and Exhibit A each on a page of its own; a subscription's INVESTOR
 * SIGNATURE PAGE on a new page after its §17, with the Company's acceptance, and Exhibit A after it.
 */
class SignaturePagesOfTheSetTest {
    private static BuiltSet capstone;

    @BeforeAll
    static void build() throws Exception {
        capstone = TestBuilds.capstone();
    }

    @Test
    void thePlacementAgreementsSignaturePageStandsBetweenItsBodyAndItsSchedules() throws IOException {
        List<List<String>> pages = pages("ex-1.1-placement-agency-agreement");
        int signatures = pageStartingWith(pages, "If the foregoing is in accordance…");

        assertThat(pages.get(signatures - 1)).last().isEqualTo("[Signature Page Follows]");
        assertThat(pages.get(signatures)).contains("CAPSTONE TURBINE CORPORATION", "Title: EVP/CFO",
                "A.G. EDWARDS & SONS, INC.", "Title: Managing Director").last().isEqualTo("Title: Managing Director");
        assertThat(pageStartingWith(pages, "SCHEDULE I")).isEqualTo(signatures + 1);
        assertThat(pageStartingWith(pages, "SCHEDULE II")).isEqualTo(signatures + 2);
        assertThat(pageStartingWith(pages, "Exhibit A")).isEqualTo(signatures + 3);
        assertThat(pageStartingWith(pages, "Exhibit B")).isGreaterThan(signatures + 3);
    }

    @Test
    void aSubscriptionsSignaturePageIsOnePageOfItsOwn() throws IOException {
        List<List<String>> pages = pages("subscription-01");
        int signatures = pageStartingWith(pages, "INVESTOR SIGNATURE PAGE");

        assertThat(String.join("\n", pages.get(signatures - 1)))
                .contains("this Subscription shall terminate without any further action");
        assertThat(pages.get(signatures)).contains("Agreed and Accepted this 18th day of January 2007:",
                "CAPSTONE TURBINE CORPORATION");
        assertThat(pageStartingWith(pages, "EXHIBIT A")).isEqualTo(signatures + 1);
    }

    /** The page (from 0) whose first line is {@code line}, or starts with it when it ends in "…"; fails if none does. */
    private static int pageStartingWith(List<List<String>> pages, String line) {
        for (int i = 0; i < pages.size(); i++) {
            String first = pages.get(i).isEmpty() ? "" : pages.get(i).get(0);
            if (line.endsWith("…") ? first.startsWith(line.substring(0, line.length() - 1)) : first.equals(line)) {
                return i;
            }
        }
        throw new AssertionError("no page starts with \"" + line + "\": " + pages.stream().map(p -> p.isEmpty() ? "" : p.get(0)).toList());
    }

    /** Each page's text lines, the footer left out. */
    private static List<List<String>> pages(String document) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(capstone.files().get(document + ".pdf"))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(pdf).lines().map(l -> l.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip())
                        .filter(l -> !l.isEmpty() && !l.matches(".*Page \\d+ of \\d+")).toList());
            }
        }
        return pages;
    }
}
