package com.closingset.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The house style with the system's fallback fonts, for a test of Arabic text. */
final class ArabicHouse {
    private ArabicHouse() {
    }

    /** The house style; the test is skipped where Noto Naskh Arabic is not installed. */
    static HouseStyle assumed() {
        assumeTrue(FontChain.system().names().contains("NotoNaskhArabic"), "fonts-noto-core is not installed (.ci/run installs it)");
        return new HouseStyle(FontChain.system());
    }
}
