package com.closingset.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.layout.SetLayout;
import com.closingset.pdf.VeraPdf;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Blacklines are archived with the closing set, so they are PDF/A-1b as every PDF of a build is,
 * judged by veraPDF: each changed document's blackline and {@code blackline.pdf}, cover, running
 * header, colours and change bars included.
 */
class BlacklinesArePdfATest {

    @Test
    void everyBlacklineOfTheSetIsPdfA1b() throws Exception {
        Map<String, byte[]> pdfs = PriceChange.pdfs();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : pdfs.entrySet()) {
            VeraPdf.pdfA1bViolations(file.getValue()).forEach(v -> failures.add(file.getKey() + ": " + v));
        }
        assertThat(pdfs).containsKey(SetLayout.REDLINE_BLACKLINE).hasSizeGreaterThan(2);
        assertThat(failures).as("PDF/A-1b rules broken").isEmpty();
    }
}
