package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.closingset.deal.Deal;
import com.closingset.deal.InputException;
import com.closingset.deal.DealFixture;
import com.closingset.deal.DealLoader;
import com.closingset.figures.KitFigures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manifest entry with {@code for_each: investors} renders its template once per investor, with that
 * investor (and its figures) as {@code investor}; the same template without one is the blank form.
 */
class PerInvestorDocumentsTest {
    private static final String TEMPLATE = """
            <#if investor??>Warrant No. ${investor.figures.warrant_number}: ${investor.name} may buy \
            ${w.number(investor.figures.warrant_shares)} shares for ${w.dollars(investor.figures.purchase_price)}.\
            <#else>Warrant No. \\_\\_\\_: up to \\_\\_\\_ shares.</#if>
            """;

    @TempDir
    Path templates;
    private Deal deal;

    @BeforeEach
    void setUp() throws Exception {
        Files.writeString(templates.resolve("warrant.md.ftl"), TEMPLATE);
        deal = DealFixture.loader().load(DealFixture.VALID);
    }

    private List<AssembledDocument> assemble(String manifest) throws Exception {
        Files.writeString(templates.resolve("manifest.yaml"), manifest);
        return new DocumentAssembler(Manifest.load(templates, DealFixture.kit()), new TemplateEngine(templates)).assemble(deal);
    }

    @Test
    void theFormComesFirstThenOneDocumentPerInvestorNumberedInTheDealsOrder() throws Exception {
        List<AssembledDocument> docs = assemble("""
                documents:
                  - id: form
                    exhibit: "4.1"
                    title: Form of Warrant
                    template: warrant.md.ftl
                    output: form
                  - id: warrant
                    for_each: investors
                    title: Warrant No. ${investor.figures.warrant_number} (${investor.name})
                    template: warrant.md.ftl
                    output: warrant
                """);

        assertThat(docs).extracting(AssembledDocument::output)
                .containsExactly("form", "warrant-01", "warrant-02", "warrant-03", "warrant-04", "warrant-05");
        assertThat(docs.get(0).markdown()).isEqualTo("Warrant No. \\_\\_\\_: up to \\_\\_\\_ shares.\n");
        assertThat(docs.get(0).item()).isEmpty();
        // Redwood Crest, the second investor, buys 10,000,000 shares at $1.14 with 50% coverage.
        assertThat(docs.get(2).title()).isEqualTo("Warrant No. W-2 (Redwood Crest Capital Partners LLC)");
        assertThat(docs.get(2).markdown())
                .isEqualTo("Warrant No. W-2: Redwood Crest Capital Partners LLC may buy 5,000,000 shares for $11,400,000.\n");
        assertThat(docs.get(2).item().orElseThrow().number()).isEqualTo(2);
    }

    @Test
    void aPerInvestorDocumentIsNotAnExhibit() {
        assertThatThrownBy(() -> assemble("""
                documents:
                  - id: warrant
                    exhibit: "4.1"
                    for_each: investors
                    title: Warrant
                    template: warrant.md.ftl
                    output: warrant
                """))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("manifest.yaml:").hasMessageContaining("documents[0].for_each");
    }

    @Test
    void forEachKnowsOnlyTheListsOfTheSchema() {
        assertThatThrownBy(() -> assemble("""
                documents:
                  - id: warrant
                    for_each: lawyers
                    title: Warrant
                    template: warrant.md.ftl
                    output: warrant
                """))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("documents[0].for_each: expected a list of the deal (form_8k.section_12b.other_classes, other_events, investors, "
                        + "placement_agreement.free_writing_prospectuses, opinion.letterhead.other_offices: one document for each "
                        + "item), got \"lawyers\"");
    }
}
