package com.closingset.pipeline;

import com.closingset.assemble.AssemblyException;
import com.closingset.assemble.KitTemplates;
import com.closingset.deal.Deal;
import com.closingset.deal.DealFile;
import com.closingset.deal.DealLoader;
import com.closingset.deal.InputException;
import com.closingset.kit.Kit;
import com.closingset.kit.Kits;
import com.closingset.pdf.FontChain;
import com.closingset.pdf.Repertoire;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The first stages of the pipeline, the same for a build, a check and a redline: a deal file loaded
 * against its kit (fields, figures, rules), then assembled by the kit's templates into Markdown. Each
 * kit's templates are set up the first time a deal of that kit is assembled, then kept.
 */
public final class SetAssembly {
    private final Kits kits;
    private final int threads;
    private final boolean remember;
    private final Map<String, KitTemplates> templates = new ConcurrentHashMap<>();
    private final Map<Path, Repertoire> repertoires = new ConcurrentHashMap<>();

    /** @param threads how many documents are assembled at once */
    public SetAssembly(Path templatesDir, int threads) throws IOException {
        this(templatesDir, threads, false);
    }

    /**
     * @param remember whether each deal's documents are kept from one assembly to the next, to be
     *                 taken over where nothing they were made from changed: for a warm process
     */
    public SetAssembly(Path templatesDir, int threads, boolean remember) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.kits = Kits.in(templatesDir);
        this.threads = threads;
        this.remember = remember;
    }

    /** The loader of deal files for these kits, which refuses text the PDFs' fonts cannot print. */
    public DealLoader loader() {
        return new DealLoader(kits, (kit, text) -> repertoires
                .computeIfAbsent(kit.folder(), folder -> new Repertoire(FontChain.forKit(folder))).problem(text));
    }

    public Deal load(DealFile file) throws InputException {
        return loader().load(file.path(), file.shown());
    }

    /** The deal's documents as Markdown, and its binder's cover. */
    public MarkdownSet assemble(Deal deal) throws AssemblyException {
        KitTemplates kit = templates(deal.kit());
        return new MarkdownSet(deal, kit.assemble(deal), kit.cover(deal), FontChain.forKit(deal.kit().folder()));
    }

    /** The kit's templates, set up once. */
    public KitTemplates templates(Kit kit) throws AssemblyException {
        KitTemplates t = templates.get(kit.name());
        if (t == null) {
            try {
                t = KitTemplates.of(kit, threads, remember);
            } catch (InputException e) {
                throw new AssemblyException(e.getMessage(), e);
            } catch (IOException e) {
                throw new AssemblyException(kit.shownFile() + ": cannot read the kit's templates: " + e.getMessage(), e);
            }
            templates.put(kit.name(), t);
        }
        return t;
    }
}
