package com.closingset.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.assemble.AssembledDocument;
import com.closingset.assemble.DocumentAssembler;
import com.closingset.assemble.Manifest;
import com.closingset.assemble.TemplateEngine;
import com.closingset.figures.KitFigures;
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
        Files.writeString(file, SampleDeal.yaml(DealFixture.kit(), count, SampleDeal.DEFAULT_SEED), StandardCharsets.UTF_8);

        Deal deal = DealFixture.loader().load(file);
        List<AssembledDocument> documents = new DocumentAssembler(Manifest.load(DealFixture.KIT, DealFixture.kit()), new TemplateEngine(DealFixture.KIT))
                .assemble(deal);

        assertThat(deal.id()).isEqualTo("sample-" + count);
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> investors = (List<java.util.Map<String, Object>>) deal.value("investors");
        assertThat(investors).hasSize(count);
        assertThat(investors.stream().mapToLong(i -> (Long) i.get("shares")).sum()).isEqualTo(deal.value("offering.shares"));
        // A warrant and a subscription agreement for each investor, besides the set's own documents.
        assertThat(documents.stream().filter(d -> d.output().startsWith("warrant-"))).hasSize(count);
        assertThat(documents.stream().filter(d -> d.output().startsWith("subscription-"))).hasSize(count);
        assertThat(documents).allSatisfy(d -> assertThat(d.markdown()).isNotBlank());
    }
}
