package com.closingset.assemble;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import com.closingset.deal.DealLoader;
import com.closingset.figures.KitFigures;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Markdown of every generated document of a real deal, by output name, with or without one sentence per line. */
public final class DealMarkdown {
    public static final List<Path> DEALS = List.of(Path.of("deal/capstone-2007.yaml"), Path.of("deal/northwind-2031.yaml"));
    private static final Path TEMPLATES = Path.of("templates/registered-direct");

    private DealMarkdown() {
    }

    public static Map<String, String> of(Path dealFile, boolean sentencePerLine) throws Exception {
        Deal deal = DealFixture.loader().load(dealFile);
        DocumentAssembler assembler = new DocumentAssembler(Manifest.load(TEMPLATES, DealFixture.kit()), new TemplateEngine(TEMPLATES), sentencePerLine);
        Map<String, String> markdown = new LinkedHashMap<>();
        for (AssembledDocument d : assembler.assemble(deal)) {
            markdown.put(d.output(), d.markdown());
        }
        return markdown;
    }
}
