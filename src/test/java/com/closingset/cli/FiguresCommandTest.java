package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.DealFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * {@code closingset figures}: each computed figure of the Capstone deal as the documents print it,
 * with its rule, as a table and as JSON holding the same values as exact decimal strings.
 */
class FiguresCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private String run(String... args) {
        assertThat(ClosingSetCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true))).as(err.toString()).isZero();
        return out.toString();
    }

    /** The table's rows with the column padding taken out: {@code | name | value | rule |}. */
    private List<String> rows() {
        return run("figures", DealFixture.VALID.toString()).lines().map(l -> l.replaceAll(" +\\|", " |")).toList();
    }

    @Test
    void theTableShowsEachFigureAsPrintedWithItsRule() {
        assertThat(rows()).contains(
                "| gross proceeds | $45,600,000 | 40,000,000 shares at $1.14 per unit, half-up to the cent |",
                "| placement fee | $2,188,800 | 4.8% of gross proceeds, half-up to the cent |",
                "| advisory fee | $547,200 | 1.2% of gross proceeds, half-up to the cent |",
                "| net proceeds | $42,514,000 | gross proceeds less total fees less estimated expenses |",
                "| net proceeds as published | approximately $42.5 million | net proceeds, half-up to the nearest $100,000 |",
                "| warrant shares at the offering's coverage | 20,000,000 | 50% of 40,000,000 shares, for comparing with the warrants"
                        + " issued, rounded down to a whole share |",
                "| warrant shares | 20,000,000 | sum of the 5 warrants issued (each rounded on its own) |",
                "| warrant expiration | January 23, 2012 | closing date (January 24, 2007) plus 5 years, less one day |");
    }

    @Test
    void theTableGivesEachInvestorsSharesWarrantSharesAndPurchasePrice() {
        List<String> rows = rows();
        int first = rows.indexOf("## Investor 1: Harborview Opportunity Fund, L.P., Warrant No. W-1");
        assertThat(first).isNotNegative();
        assertThat(rows.subList(first, first + 8)).contains(
                "| warrant number | W-1 | the warrant number prefix and the investor's place in the list |",
                "| shares | 12,000,000 | from the deal |",
                "| warrant shares | 6,000,000 | 50% of 12,000,000 shares, rounded down to a whole share |",
                "| purchase price | $13,680,000 | 12,000,000 shares at $1.14 per unit, exact |");
        assertThat(rows).contains("## Investor 5: Pinecrest Strategic Investors, L.P., Warrant No. W-5");
    }

    @Test
    void theJsonHoldsTheSameFiguresAsExactDecimalStrings() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run("figures", "--json", DealFixture.VALID.toString()));
        assertThat(json.get("deal").asText()).isEqualTo("capstone-2007");
        JsonNode offering = json.get("sections").get(0);
        assertThat(offering.get("title").asText()).isEqualTo("Offering");
        assertFigure(offering, "gross proceeds", "$45,600,000", "45600000.00");
        assertFigure(offering, "placement fee", "$2,188,800", "2188800.00");
        assertFigure(offering, "advisory fee", "$547,200", "547200.00");
        assertFigure(offering, "net proceeds", "$42,514,000", "42514000.00");
        assertFigure(offering, "net proceeds as published", "approximately $42.5 million", "42500000");
        assertFigure(offering, "warrant shares at the offering's coverage", "20,000,000", "20000000");
        assertThat(figure(offering, "placement fee").get("rule").asText()).isEqualTo("4.8% of gross proceeds, half-up to the cent");

        JsonNode first = json.get("sections").get(1);
        assertThat(first.get("investor").get("number").asInt()).isEqualTo(1);
        assertThat(first.get("investor").get("name").asText()).isEqualTo("Harborview Opportunity Fund, L.P.");
        assertFigure(first, "warrant number", "W-1", "W-1");
        assertFigure(first, "shares", "12,000,000", "12000000");
        assertFigure(first, "warrant shares", "6,000,000", "6000000");
        assertFigure(first, "purchase price", "$13,680,000", "13680000.00");

        // No amount is a JSON number, which a reader might take as floating point.
        List<JsonNode> values = new ArrayList<>();
        json.get("sections").forEach(s -> s.get("figures").forEach(f -> f.forEach(values::add)));
        assertThat(values).isNotEmpty().allMatch(JsonNode::isTextual);
    }

    private static void assertFigure(JsonNode section, String name, String value, String exact) {
        JsonNode f = figure(section, name);
        assertThat(f.get("value").asText()).as(name).isEqualTo(value);
        assertThat(f.get("exact").asText()).as(name).isEqualTo(exact);
    }

    private static JsonNode figure(JsonNode section, String name) {
        return StreamSupport.stream(section.get("figures").spliterator(), false)
                .filter(f -> f.get("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure named " + name));
    }
}
