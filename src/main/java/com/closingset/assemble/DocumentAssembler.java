package com.closingset.assemble;

import com.closingset.deal.Deal;
import com.closingset.figures.Figures;
import com.closingset.figures.Wording;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Renders every generated document of the manifest to Markdown for one deal. */
public final class DocumentAssembler {
    private static final Wording WORDING = new Wording();
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+$", Pattern.MULTILINE);
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");

    private final Manifest manifest;
    private final TemplateEngine engine;

    public DocumentAssembler(Manifest manifest, TemplateEngine engine) {
        this.manifest = manifest;
        this.engine = engine;
    }

    public List<AssembledDocument> assemble(Deal deal, Figures figures) throws AssemblyException {
        Map<String, Object> model = new HashMap<>();
        model.put("deal", deal);
        model.put("figures", figures);
        model.put("w", WORDING);

        // Titles and descriptions may name other exhibits' numbers, so the numbers are in the model
        // before any of them is evaluated.
        Map<String, Exhibit> byId = new LinkedHashMap<>();
        for (ManifestEntry e : manifest.entries()) {
            TemplateMarkdownOutputModel plain = new TemplateMarkdownOutputModel(e.id(), null);
            byId.put(e.id(), exhibit(e, plain, plain));
        }
        model.put("exhibit", Map.copyOf(byId));
        List<Exhibit> exhibits = new ArrayList<>();
        for (ManifestEntry e : manifest.entries()) {
            Exhibit exhibit = exhibit(e,
                    engine.renderInline("manifest.yaml (" + e.id() + " title)", e.title(), model),
                    engine.renderInline("manifest.yaml (" + e.id() + " description)", e.description(), model));
            byId.put(e.id(), exhibit);
            if (e.exhibit().isPresent()) {
                exhibits.add(exhibit);
            }
        }
        model.put("exhibit", Map.copyOf(byId));
        model.put("exhibits", List.copyOf(exhibits));

        List<AssembledDocument> out = new ArrayList<>();
        for (ManifestEntry e : manifest.generated()) {
            model.put("document", byId.get(e.id()));
            String title = MarkdownOutputFormat.INSTANCE.plainText(byId.get(e.id()).title());
            out.add(new AssembledDocument(e, title, tidy(engine.render(e.template().orElseThrow(), model))));
        }
        return List.copyOf(out);
    }

    private static Exhibit exhibit(ManifestEntry e, TemplateMarkdownOutputModel title, TemplateMarkdownOutputModel description) {
        return new Exhibit(e.id(), e.exhibit().orElse(""), title, description, e.generated(), e.partOf().orElse(""));
    }

    /**
     * Templates are easier to write with directives on their own lines; the Markdown a reviewer diffs
     * should not carry the whitespace that leaves. Hard line breaks are written with a trailing
     * backslash, so trailing spaces never mean anything here.
     */
    static String tidy(String markdown) {
        String s = TRAILING_SPACE.matcher(markdown.replace("\r\n", "\n")).replaceAll("");
        s = BLANK_RUNS.matcher(s).replaceAll("\n\n");
        return s.strip() + "\n";
    }
}
