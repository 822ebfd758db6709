package com.closingset.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name is at most 300 characters, as registered-direct's kit.yaml states (the longest real legal
 * names are about 250): one longer stops the deal at its line and column, saying the limit and its
 * length. Characters are counted as a reader counts them, one a letter whatever its script or its
 * bytes in UTF-8; a name of 300 is read.
 */
class NamesLongerThanTheKitAllowsAreRefusedTest {
    @TempDir
    Path dir;

    /** {@code length} characters of {@code word} repeated, ending in a letter. */
    private static String name(String word, int length) {
        int[] letters = word.codePoints().toArray();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length - 1; i++) {
            s.appendCodePoint(letters[i % letters.length]);
        }
        return s.appendCodePoint(letters[0]).toString();
    }

    private String investorNamed(String name) {
        return DealFixture.edited("  - name: Lakeshore Growth Equity Trust\n", "  - name: \"" + name + "\"\n");
    }

    @Test
    void anInvestorOfThreeHundredAndOneIsRefusedAtItsName() {
        assertThat(DealFixture.errorFor(dir, investorNamed(name("Lakeshore Growth Equity Trust ", 301))))
                .isEqualTo("deal/x.yaml:201:11: investors[3].name: expected a name of at most 300 characters, got 301");
    }

    @Test
    void thousandsAreGroupedAsALawyerWritesThem() {
        assertThat(DealFixture.errorFor(dir, investorNamed(name("Lakeshore Growth Equity Trust ", 5000))))
                .endsWith(": investors[3].name: expected a name of at most 300 characters, got 5,000");
    }

    @Test
    void aNameOfThreeHundredIsReadInAnyScript() throws Exception {
        for (String word : java.util.List.of("Lakeshore Growth Equity Trust ", "北京华夏投资有限公司", "شركة الخليج للاستثمار ",
                "\uD840\uDC00\uD840\uDC01\uD840\uDC02")) {
            String name = name(word, 300);
            Deal deal = DealFixture.loader().load(DealFixture.write(dir, "x.yaml", investorNamed(name)), "deal/x.yaml");
            assertThat(deal.value("investors")).as(word).asString().contains(name);
        }
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsOneCharacter() {
        // 301 characters of CJK Extension B: 602 UTF-16 units, 1,204 bytes of UTF-8.
        assertThat(DealFixture.errorFor(dir, investorNamed(name("\uD840\uDC00\uD840\uDC01", 301))))
                .endsWith(": investors[3].name: expected a name of at most 300 characters, got 301");
    }

    @Test
    void everyPartysNameHasTheLimit() {
        String agent = DealFixture.edited("  name: A.G. Edwards & Sons, Inc.\n", "  name: " + name("A.G. Edwards & Sons ", 301) + "\n");
        assertThat(DealFixture.errorFor(dir, agent))
                .isEqualTo("deal/x.yaml:48:9: placement_agent.name: expected a name of at most 300 characters, got 301");
        String speaker = DealFixture.edited("    speaker: Darren Jamison\n", "    speaker: " + name("Darren Jamison ", 301) + "\n");
        assertThat(DealFixture.errorFor(dir, speaker)).contains(": expected a name of at most 300 characters, got 301");
    }
}
