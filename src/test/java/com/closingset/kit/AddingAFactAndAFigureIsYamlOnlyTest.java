package com.closingset.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.closingset.assemble.AssembledDocument;
import com.closingset.pipeline.Pipeline;
import com.closingset.pipeline.MarkdownSet;
import com.closingset.deal.InputException;
import com.closingset.deal.DealFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new fact of a deal and a new figure computed from it reach the documents by editing the kit's
 * text files alone (kit.yaml, a template) and the deal file: here the placement agent's tail, the
 * months after the closing in which it is still owed a fee, and the most that fee can come to. The
 * engine reads the new field, checks it, computes the figure and prints it; no Java changes.
 */
class AddingAFactAndAFigureIsYamlOnlyTest {
    private static final String KIT_FILE = "registered-direct/kit.yaml";

    /** The new field, placed after the last days field of the placement agreement. */
    private static final String EXPENSE_DAYS_FIELD = "      expense_payment_days: {type: days, min: 1, max: 366, "
            + "description: \"Days after the agent's invoice to reimburse\", example: \"10\"}\n";
    private static final String TAIL_FIELD = "      tail_months: {type: whole number, min: 1, max: 24, description: "
            + "\"Months after the closing in which the agent is owed its fee on sales to investors it introduced\", example: \"12\"}\n";

    /** The new figure, declared after the placement fee it reads. */
    private static final String ADVISORY_FEE_FIGURE = "  advisory_fee:\n    formula: figures.gross_proceeds * offering.advisory_fee\n";

    private static String tailFigure(String placementFee) {
        return "  tail_fee_cap:\n"
                + "    formula: " + placementFee + " * placement_agreement.tail_months / 12\n"
                + "    round: cents, half-up\n"
                + "    rule: a twelfth of the placement fee for each month of the tail\n";
    }

    /** The 8-K's sentence on the placement fee, and the new sentence on the tail after it. */
    private static final String FEE_SENTENCE = "of the gross proceeds of the offering.\n\n<#if deal.financial_advisor??>";
    private static final String TAIL_SENTENCE = "of the gross proceeds of the offering. For"
            + " ${w.words(deal.placement_agreement.tail_months)} months after the closing, ${agent.short_name} will also be"
            + " entitled to a tail fee of up to ${w.dollars(figures.tail_fee_cap)} on any sale of securities to an investor it"
            + " introduced to the Company.\n\n<#if deal.financial_advisor??>";

    private static final String DEAL_EXPENSE_DAYS = "  expense_payment_days: 10";

    @Test
    void theNewSentencePrintsTheNewFactAndTheFigureComputedFromIt(@TempDir Path tmp) throws Exception {
        Path templates = kitWithTheTail(tmp, "figures.placement_fee");
        Path deal = DealFixture.write(tmp, "tail.yaml",
                DealFixture.edited(DEAL_EXPENSE_DAYS, DEAL_EXPENSE_DAYS + "\n  tail_months: 9"));

        MarkdownSet set = new Pipeline(templates, Optional.empty(), "test").assemble(deal, "deal/tail.yaml");

        // placement fee: 4.8% of 40,000,000 shares x $1.14 = 4.8% of $45,600,000 = $2,188,800.00;
        // the cap for a nine-month tail: $2,188,800.00 x 9 / 12 = $1,641,600.00, printed $1,641,600
        assertThat(set.deal().figures().value("tail_fee_cap")).hasToString("1641600.00");
        assertThat(markdown(set, "8-k")).contains("\nFor nine months after the closing, A.G. Edwards will also be entitled"
                + " to a tail fee of up to $1,641,600 on any sale of securities to an investor it introduced to the Company.\n");
    }

    @Test
    void theUneditedKitPrintsNoTail() throws Exception {
        // The sentence comes from the edited copy, not from the project's own templates.
        MarkdownSet set = new Pipeline(DealFixture.TEMPLATES, Optional.empty(), "test")
                .assemble(DealFixture.VALID, "deal/valid.yaml");
        assertThat(markdown(set, "8-k")).contains("of the gross proceeds of the offering.").doesNotContain("tail fee");
    }

    @Test
    void aDealWithoutTheNewRequiredFieldIsToldItIsMissingAtItsGroup(@TempDir Path tmp) throws Exception {
        Path templates = kitWithTheTail(tmp, "figures.placement_fee");
        String text = DealFixture.validText();
        Path deal = DealFixture.write(tmp, "x.yaml", text);

        Throwable t = catchThrowable(() -> new Pipeline(templates, Optional.empty(), "test").assemble(deal, "deal/x.yaml"));

        // A missing field is reported where its group begins: the group's first field, agent_address.
        assertThat(t).isInstanceOf(InputException.class);
        assertThat(t.getMessage()).isEqualTo("deal/x.yaml:" + lineOf(text, "  agent_address:") + ":3: "
                + "placement_agreement.tail_months: required field is missing");
    }

    @Test
    void aMisspeltFigureInTheNewFormulaStopsAtItsLineOfKitYamlWithTheNameItMeant(@TempDir Path tmp) throws Exception {
        Path templates = kitWithTheTail(tmp, "figures.placement_fe");
        String kit = Files.readString(templates.resolve(KIT_FILE), StandardCharsets.UTF_8);
        Path deal = DealFixture.write(tmp, "tail.yaml",
                DealFixture.edited(DEAL_EXPENSE_DAYS, DEAL_EXPENSE_DAYS + "\n  tail_months: 9"));

        Throwable t = catchThrowable(() -> new Pipeline(templates, Optional.empty(), "test").assemble(deal, "deal/tail.yaml"));

        String formula = "    formula: figures.placement_fe * ";
        assertThat(t).isInstanceOf(InputException.class);
        assertThat(t.getMessage()).doesNotContain("\n").isEqualTo("templates/registered-direct/kit.yaml:" + lineOf(kit, formula)
                + ":14: figures.tail_fee_cap.formula: no figure \"figures.placement_fe\" is declared before this one;"
                + " did you mean \"figures.placement_fee\"?");
    }

    /**
     * A copy of templates/ with the tail added by text edits alone: the field in kit.yaml's schema, the
     * figure (reading {@code placementFee}) after the placement fee, and a sentence in the 8-K.
     */
    private static Path kitWithTheTail(Path tmp, String placementFee) {
        Path templates = DealFixture.copyTemplates(tmp.resolve("templates"));
        edit(templates.resolve(KIT_FILE), EXPENSE_DAYS_FIELD, EXPENSE_DAYS_FIELD + TAIL_FIELD);
        edit(templates.resolve(KIT_FILE), ADVISORY_FEE_FIGURE, tailFigure(placementFee) + ADVISORY_FEE_FIGURE);
        edit(templates.resolve("registered-direct/8-k.md.ftl"), FEE_SENTENCE, TAIL_SENTENCE);
        return templates;
    }

    /** Replaces the one occurrence of {@code from} in the file; fails if it is not there exactly once. */
    private static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int at = text.indexOf(from);
            assertThat(at).as("\"%s\" in %s", from, file).isNotNegative();
            assertThat(text.indexOf(from, at + 1)).as("a second \"%s\" in %s", from, file).isNegative();
            Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String markdown(MarkdownSet set, String output) {
        return set.documents().stream().filter(d -> d.output().equals(output)).map(AssembledDocument::markdown)
                .findFirst().orElseThrow(() -> new AssertionError("no document " + output));
    }

    /** The line (from 1) on which {@code text} first holds {@code what}. */
    private static int lineOf(String text, String what) {
        int at = text.indexOf(what);
        assertThat(at).as("\"%s\"", what).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
