package com.closingset.kit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A kind of deal, as a folder of {@code templates/}: the deal schema, the figures and rules of
 * {@code kit.yaml}, the documents of {@code manifest.yaml} and their templates, and the templates of
 * the set's own pages (index, binder cover). The engine knows no kit; each kit knows its forms.
 *
 * @param name         the folder's name, as a deal file's {@code kit:} names it
 * @param folder       the kit's folder
 * @param shownFile    how messages name kit.yaml ({@code templates/registered-direct/kit.yaml})
 * @param schema       the deal file's fields, as one group
 * @param figures      the figures, in the order they are computed
 * @param sheetSection the figure sheet's section for figures that name none
 * @param indexPage    the template of {@code index.md}
 * @param coverPage    the template of the binder's cover
 */
public record Kit(
        String name,
        Path folder,
        String shownFile,
        String description,
        DealFacts facts,
        Field schema,
        List<FigureEntry> figures,
        List<Rule> rules,
        String sheetSection,
        String indexPage,
        String coverPage,
        Optional<SampleRecipe> sample) {

    public static final String FILE_NAME = "kit.yaml";

    public Kit {
        figures = List.copyOf(figures);
        rules = List.copyOf(rules);
    }

    /** The field at a dotted path of the deal ({@code offering.shares}, {@code investors.address.city}). */
    public Optional<Field> field(String path) {
        return schema.at(path);
    }

    /** Every list of records of the schema, by path, in groups at any depth (not inside another list). */
    public List<String> lists() {
        List<String> out = new ArrayList<>();
        collectLists(schema, "", out);
        return out;
    }

    private static void collectLists(Field group, String prefix, List<String> out) {
        for (Field f : group.fields()) {
            String path = prefix + f.name();
            if (f.isListOfRecords()) {
                out.add(path);
            }
            if (f.type() == FieldType.GROUP) {
                collectLists(f, path + ".", out);
            }
        }
    }

    /** The global figure declared as {@code key}. */
    public Optional<FigureDeclaration> figure(String key) {
        return figures.stream().filter(e -> e instanceof FigureDeclaration d && d.key().equals(key))
                .map(e -> (FigureDeclaration) e).findFirst();
    }

    /** The per-item figures declared for the list at {@code path}. */
    public Optional<ItemFigures> itemFigures(String path) {
        return figures.stream().filter(e -> e instanceof ItemFigures i && i.list().equals(path))
                .map(e -> (ItemFigures) e).findFirst();
    }

    /**
     * The type of what a formula or message reads: a field of the deal, a figure, or (with {@code list}
     * and its {@code noun}) a field, the number or a figure of one item.
     */
    public Optional<FieldType> typeOf(String path, String list, String noun) {
        String[] parts = path.split("\\.", 2);
        if (parts[0].equals("figures") && parts.length == 2) {
            return figure(parts[1]).map(FigureDeclaration::type);
        }
        if (!noun.isEmpty() && parts[0].equals(noun) && parts.length == 2) {
            if (parts[1].equals("number")) {
                return Optional.of(FieldType.WHOLE_NUMBER);
            }
            if (parts[1].startsWith("figures.")) {
                String key = parts[1].substring("figures.".length());
                return itemFigures(list).flatMap(i -> i.figures().stream().filter(f -> f.key().equals(key)).findFirst())
                        .map(FigureDeclaration::type);
            }
            return field(list + "." + parts[1]).map(Field::type);
        }
        return field(path).map(Field::type);
    }
}
