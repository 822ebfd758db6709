package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The same inputs give byte-identical Markdown and PDF, whatever the clock says. */
class ReproducibleBuildTest {

    @Test
    void twoBuildsSecondsApartAreByteIdentical() throws Exception {
        BuiltSet first = TestBuilds.capstone();
        Thread.sleep(1_100); // past a PDF date's one-second resolution
        BuiltSet second = TestBuilds.builder().build(TestBuilds.CAPSTONE, "deal/capstone-2007.yaml");
        assertThat(second.files().keySet()).isEqualTo(first.files().keySet());
        for (Map.Entry<String, byte[]> f : first.files().entrySet()) {
            assertThat(second.files().get(f.getKey())).as(f.getKey()).isEqualTo(f.getValue());
        }
    }

    @Test
    void pdfsAreDatedByTheDealsDateOfReportNotByToday() throws Exception {
        byte[] pdf = TestBuilds.capstone().files().get("8-k.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Instant created = doc.getDocumentInformation().getCreationDate().toInstant();
            assertThat(created).isEqualTo(Instant.parse("2007-01-18T00:00:00Z"));
            assertThat(doc.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(created);
        }
    }

    @Test
    void sourceDateEpochOverridesTheDateAndOnlyThePdfsChange() throws Exception {
        Instant epoch = Instant.parse("2030-06-01T12:00:00Z");
        BuiltSet stamped = TestBuilds.builder(Optional.of(epoch)).build(TestBuilds.CAPSTONE, "deal/capstone-2007.yaml");
        BuiltSet plain = TestBuilds.capstone();
        assertThat(stamped.files().get("8-k.md")).isEqualTo(plain.files().get("8-k.md"));
        assertThat(stamped.files().get("8-k.pdf")).isNotEqualTo(plain.files().get("8-k.pdf"));
        try (PDDocument doc = Loader.loadPDF(stamped.files().get("8-k.pdf"))) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant().atOffset(ZoneOffset.UTC).toInstant())
                    .isEqualTo(epoch);
        }
    }
}
