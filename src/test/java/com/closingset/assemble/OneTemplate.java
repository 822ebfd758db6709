package com.closingset.assemble;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import java.nio.file.Files;
import java.nio.file.Path;

/** A kit of one document, whose template is the text a test gives: its Markdown, as assembled for {@code deal}. */
final class OneTemplate {
    private OneTemplate() {
    }

    static String assemble(Path templates, Deal deal, String template) throws Exception {
        Files.writeString(templates.resolve("t.md.ftl"), template);
        Files.writeString(templates.resolve("manifest.yaml"), "documents:\n  - id: t\n    title: T\n    template: t.md.ftl\n    output: t\n");
        return new DocumentAssembler(Manifest.load(templates, DealFixture.kit()), new TemplateEngine(templates), false)
                .assemble(deal).get(0).markdown();
    }
}
