package com.closingset.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.assemble.AssembledDocument;
import com.closingset.assemble.DocumentAssembler;
import com.closingset.assemble.Manifest;
import com.closingset.assemble.TemplateEngine;
import com.closingset.figures.Figures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A sample deal of any size is a deal the loader accepts and the templates turn into a whole set of Markdown. */
class SampleDealIsValidTest {
    private static final Path TEMPLATES = Path.of("templates");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} investors")
    @ValueSource(ints = {3, 250})
    void loadsAndAssemblesWithEveryInvestor(int count) throws Exception {
        Path file = dir.resolve("sample.yaml");
        Files.writeString(file, SampleDeal.yaml(count, SampleDeal.DEFAULT_SEED), StandardCharsets.UTF_8);

        Deal deal = new DealLoader().load(file);
        List<AssembledDocument> documents = new DocumentAssembler(Manifest.load(TEMPLATES), new TemplateEngine(TEMPLATES))
                .assemble(deal, Figures.of(deal));

        assertThat(deal.id()).isEqualTo("sample-" + count);
        assertThat(deal.investors()).hasSize(count);
        assertThat(deal.investors().stream().mapToLong(Investor::shares).sum()).isEqualTo(deal.offering().shares());
        // A warrant and a subscription agreement for each investor, besides the set's own documents.
        assertThat(documents.stream().filter(d -> d.output().startsWith("warrant-"))).hasSize(count);
        assertThat(documents.stream().filter(d -> d.output().startsWith("subscription-"))).hasSize(count);
        assertThat(documents).allSatisfy(d -> assertThat(d.markdown()).isNotBlank());
    }
}
