package com.closingset.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two investors whose names differ only in case, spacing, zero-width characters or full-width
 * letters are one investor listed twice; a text value holding a character that shows as nothing
 * (a control, a bidirectional override, a zero-width space) is refused at its line, naming it.
 */
class NamesAreOneIdentityEachTest {
    private static final String SECOND = "  - name: Redwood Crest Capital Partners LLC";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "HARBORVIEW OPPORTUNITY FUND, L.P.",
        "Harborview  Opportunity Fund, L.P.",
        "Harborview\u00a0Opportunity Fund, L.P.",
        "\uff28arborview Opportunity Fund, L.P."})
    void aNameDifferingOnlyInCaseSpacingOrWidthIsListedTwice(String name) {
        String message = DealFixture.errorFor(dir, DealFixture.edited(SECOND, "  - name: \"" + name + "\""));

        assertThat(message).matches("deal/x\\.yaml:\\d+:\\d+: investors\\[1\\]\\.name: the investor \".*\" is listed twice"
                + " \\(as \"Harborview Opportunity Fund, L\\.P\\.\" before: the same name but for case, spacing or width\\);"
                + " list each investor once");
    }

    @Test
    void aRightToLeftOverrideIsRefusedByName() {
        String message = DealFixture.errorFor(dir, DealFixture.edited(SECOND, "  - name: \"Redwood \\u202eCrest LLC\""));

        assertThat(message).isEqualTo("deal/x.yaml:184:11: investors[1].name: the text holds U+202E RIGHT-TO-LEFT OVERRIDE,"
                + " which does not show on the page but changes the text; remove it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u200b", "\\u0007", "\\x85", "\\u2066", "\\ufeff", "\\t"})
    void everyCharacterThatShowsAsNothingIsRefused(String escaped) {
        String message = DealFixture.errorFor(dir, DealFixture.edited(SECOND, "  - name: \"Redwood" + escaped + "Crest LLC\""));

        assertThat(message).startsWith("deal/x.yaml:184:11: investors[1].name: the text holds U+").endsWith("; remove it");
    }

    @Test
    void namesThatDifferInWordsAreTwoInvestors() throws Exception {
        Path file = DealFixture.write(dir, "x.yaml", DealFixture.edited(SECOND, "  - name: Harborview Opportunity Fund II, L.P."));

        assertThat(DealFixture.loader().load(file, "deal/x.yaml").id()).isEqualTo("capstone-2007");
    }
}
