package com.closingset.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.closingset.deal.InputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kit with a mistake stops before any deal is read, with one line at the kit's own line and column:
 * a misspelt field or figure (with a "did you mean"), a figure read before it is declared, a formula
 * that does not parse (implicit multiplication is off), a function that reads the clock or chance.
 */
class KitMistakesStopAtTheKitsOwnLineTest {
    @TempDir
    Path dir;

    private String kitError(String figures) {
        Path templates = MiniKit.write(dir, figures);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> MiniKit.load(templates, MiniKit.DEAL));
        assertThat(t).isInstanceOf(InputException.class);
        assertThat(t.getMessage()).doesNotContain("\n");
        return t.getMessage();
    }

    @Test
    void aMisspeltFieldIsNamedWithWhatItMeant() {
        assertThat(kitError("figures:\n  total:\n    formula: terms.prise * terms.units\n"))
                .isEqualTo("templates/mini/kit.yaml:24:14: figures.total.formula: no field \"terms.prise\" in the schema; "
                        + "did you mean \"terms.price\"?");
    }

    @Test
    void aFigureReadBeforeItIsDeclared() {
        assertThat(kitError("figures:\n  a:\n    formula: figures.b + 1\n  b:\n    formula: terms.price\n"))
                .isEqualTo("templates/mini/kit.yaml:24:14: figures.a.formula: no figure \"figures.b\" is declared before this one");
    }

    @Test
    void twoNamesSideBySideAreNotAProduct() {
        assertThat(kitError("figures:\n  total:\n    formula: 2 terms.units\n"))
                .startsWith("templates/mini/kit.yaml:24:14: figures.total.formula: at character 4 of \"2 terms.units\": ");
    }

    @Test
    void formulasCannotReadTheClockOrDrawAtRandom() {
        assertThat(kitError("figures:\n  today:\n    formula: DT_TODAY()\n    type: date\n"))
                .startsWith("templates/mini/kit.yaml:24:14: figures.today.formula: ").containsIgnoringCase("DT_TODAY");
        assertThat(kitError("figures:\n  luck:\n    formula: RANDOM()\n"))
                .startsWith("templates/mini/kit.yaml:24:14: figures.luck.formula: ").containsIgnoringCase("RANDOM");
    }

    @Test
    void aRoundingThatIsNotOneIsRefused() {
        assertThat(kitError("figures:\n  total:\n    formula: terms.price * terms.units\n    round: cents, bankers\n"))
                .startsWith("templates/mini/kit.yaml:25:12: figures.total.round: expected a rounding mode");
    }

    @Test
    void aRuleMessageNamingNoFieldIsRefused() {
        assertThat(kitError("rules:\n  - check: dates.closed >= dates.signed\n    at: dates.closed\n    message: closed {dates.clsoed}\n"))
                .startsWith("templates/mini/kit.yaml:25:14: rules[0].message: no field \"dates.clsoed\" in the schema; did you mean");
    }

    @Test
    void aDealOfAKitThatIsNotThereIsToldWhichKitsThereAre() {
        Path templates = MiniKit.write(dir, "");
        assertThatThrownBy(() -> MiniKit.load(templates, "kit: registered-direct\n" + MiniKit.DEAL))
                .hasMessage("deal/x.yaml:1:6: kit: no kit \"registered-direct\" in templates/; kits there: mini");
    }

    @Test
    void aDealThatNamesNoKitAmongSeveralIsAskedToNameOne() throws Exception {
        Path templates = MiniKit.write(dir, "");
        java.nio.file.Files.createDirectories(templates.resolve("other"));
        java.nio.file.Files.writeString(templates.resolve("other/kit.yaml"), "kit: other\n");
        assertThatThrownBy(() -> MiniKit.load(templates, MiniKit.DEAL))
                .hasMessage("deal/x.yaml:1:1: kit: required field is missing; name the deal's kit, one of: mini, other");
    }
}
