package com.closingset.assemble;

import com.closingset.deal.Deal;
import com.closingset.deal.InputException;
import com.closingset.kit.Kit;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A kit's templates, set up once for every deal of that kit: the manifest's documents and the set's
 * own pages (index, binder cover), rendered from the kit's templates plus a model, as JBake renders
 * every output.
 */
public final class KitTemplates {
    private final Kit kit;
    private final TemplateEngine engine;
    private final DocumentAssembler assembler;

    private KitTemplates(Kit kit, TemplateEngine engine, DocumentAssembler assembler) {
        this.kit = kit;
        this.engine = engine;
        this.assembler = assembler;
    }

    /** @param threads how many documents are assembled at once */
    public static KitTemplates of(Kit kit, int threads) throws InputException, IOException {
        return of(kit, threads, false);
    }

    /** @param remember whether each deal's documents are kept to the next assembly ({@link DocumentAssembler#DocumentAssembler(Manifest, TemplateEngine, int, boolean)}) */
    public static KitTemplates of(Kit kit, int threads, boolean remember) throws InputException, IOException {
        TemplateEngine engine = new TemplateEngine(kit.folder(), shownFolder(kit));
        Manifest manifest = Manifest.load(kit.folder(), shownFolder(kit), kit);
        return new KitTemplates(kit, engine, new DocumentAssembler(manifest, engine, threads, remember));
    }

    /** How messages name the kit's folder: {@code templates/registered-direct}. */
    public static String shownFolder(Kit kit) {
        return kit.shownFile().substring(0, kit.shownFile().lastIndexOf('/'));
    }

    public Kit kit() {
        return kit;
    }

    public TemplateEngine engine() {
        return engine;
    }

    public List<AssembledDocument> assemble(Deal deal) throws AssemblyException {
        return assembler.assemble(deal);
    }

    /** The binder's cover as Markdown. */
    public String cover(Deal deal) throws AssemblyException {
        return page(kit.coverPage(), deal, Map.of());
    }

    /** {@code index.md}; {@code set} holds what only the build knows (documents, pages, hashes). */
    public String index(Deal deal, Map<String, Object> set) throws AssemblyException {
        return page(kit.indexPage(), deal, set);
    }

    private String page(String template, Deal deal, Map<String, Object> set) throws AssemblyException {
        Map<String, Object> model = DocumentAssembler.model(deal);
        Map<String, Object> facts = new java.util.LinkedHashMap<>(set);
        facts.put("id", deal.id());
        facts.put("name", deal.name());
        model.put("set", java.util.Collections.unmodifiableMap(facts));
        return engine.render(template, model);
    }
}
