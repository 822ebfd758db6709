package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * The output intent embeds the JDK's sRGB profile, so a JDK that ships other bytes would change
 * every PDF (and every hash in index.md). Pinned here so such a JDK is noticed, not shipped.
 */
class SrgbProfileTest {
    /** java.desktop's sRGB.pf as shipped in OpenJDK 17 and 25 (6,876 bytes, "sRGB built-in"). */
    private static final String SHIPPED_SRGB_SHA256 = "87e382b9336e6a0417a4d860173109ab319a029cf2972e19833a3327c65bd7e4";

    @Test
    void theProfileIsTheOneOpenJdkShips() throws Exception {
        assertThat(sha256(PdfA.srgbProfile())).isEqualTo(SHIPPED_SRGB_SHA256);
    }

    @Test
    void everyPdfCarriesItAsItsOnePdfA1OutputIntent() throws Exception {
        try (var document = RenderedPdf.of("Text.\n").load()) {
            List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getCOSObject().getNameAsString("S")).isEqualTo("GTS_PDFA1");
            assertThat(intents.get(0).getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
            try (InputStream profile = intents.get(0).getDestOutputIntent().createInputStream()) {
                assertThat(sha256(profile.readAllBytes())).isEqualTo(SHIPPED_SRGB_SHA256);
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
