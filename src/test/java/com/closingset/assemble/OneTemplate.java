package com.closingset.assemble;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests of a kit of one document, whose template is the text a test gives, assembled for the valid deal. */
abstract class OneTemplate {
    @TempDir
    static Path templates;
    private static Deal deal;

    @BeforeAll
    static void load() throws Exception {
        deal = DealFixture.load(DealFixture.VALID);
    }

    /** The document's Markdown, as assembled from {@code template}. */
    static String assemble(String template) throws Exception {
        Files.writeString(templates.resolve("t.md.ftl"), template);
        Files.writeString(templates.resolve("manifest.yaml"), "documents:\n  - id: t\n    title: T\n    template: t.md.ftl\n    output: t\n");
        return new DocumentAssembler(Manifest.load(templates, DealFixture.kit()), new TemplateEngine(templates), false)
                .assemble(deal).get(0).markdown();
    }
}
