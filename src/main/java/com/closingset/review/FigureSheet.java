package com.closingset.review;

import com.closingset.assemble.AssemblyException;
import com.closingset.assemble.DocumentAssembler;
import com.closingset.assemble.TemplateEngine;
import com.closingset.deal.Deal;
import com.closingset.figures.FigureCalculator;
import com.closingset.kit.FieldType;
import com.closingset.kit.FigureDeclaration;
import com.closingset.kit.FigureEntry;
import com.closingset.kit.ItemFigures;
import com.closingset.kit.Kit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The computed figures of a deal laid out for a reviewer to redo the arithmetic, read from the kit's
 * declarations, so the sheet cannot drift from the computation: each figure's value as printed, its
 * exact value, and the rule as the kit states it, inputs written in, followed by its rounding in words.
 */
public record FigureSheet(String dealId, String dealName, List<Section> sections) {

    /**
     * @param exact the value without wording or rounding for print: a plain decimal ({@code 2188800.00}),
     *              a whole count, or an ISO date; never a binary floating-point number
     */
    public record Figure(String name, String value, String exact, String rule) {
    }

    /** The item of a list a section is about: its noun ({@code investor}), place and name. */
    public record ItemRef(String noun, int number, Optional<String> name) {
    }

    /** The deal's figures of one section, or one item's (with {@code item}). */
    public record Section(String title, Optional<ItemRef> item, List<Figure> figures) {
        public Section {
            figures = List.copyOf(figures);
        }
    }

    public FigureSheet {
        sections = List.copyOf(sections);
    }

    /** The sheet of {@code deal}, its words rendered by the kit's {@code engine}. */
    @SuppressWarnings("unchecked")
    public static FigureSheet of(Deal deal, TemplateEngine engine) throws AssemblyException {
        Kit kit = deal.kit();
        Map<String, Object> model = DocumentAssembler.model(deal);
        // Sections in the order their first figure is declared; rows are added to a section as declared.
        List<Map.Entry<Section, List<Figure>>> sections = new ArrayList<>();
        Map<String, List<Figure>> global = new HashMap<>();
        for (FigureEntry entry : kit.figures()) {
            // A figure of a part the deal leaves out (an optional section) was not computed: no row.
            if (entry instanceof FigureDeclaration d && deal.figures().values().containsKey(d.key())) {
                List<Figure> rows = global.get(d.section());
                if (rows == null) {
                    rows = new ArrayList<>();
                    global.put(d.section(), rows);
                    sections.add(Map.entry(new Section(d.section(), Optional.empty(), List.of()), rows));
                }
                rows.add(figure(d, deal.figures().value(d.key()), deal, engine, model));
            } else if (entry instanceof ItemFigures each) {
                List<Object> items = (List<Object>) deal.value(each.list());
                for (Object o : items) {
                    Map<String, Object> item = (Map<String, Object>) o;
                    Map<String, Object> itemModel = new HashMap<>(model);
                    itemModel.put(each.noun(), item);
                    Map<String, Object> values = (Map<String, Object>) item.get("figures");
                    List<Figure> rows = new ArrayList<>();
                    for (FigureDeclaration d : each.figures()) {
                        if (values.containsKey(d.key())) {
                            rows.add(figure(d, values.get(d.key()), deal, engine, itemModel));
                        }
                    }
                    int number = ((Number) item.get("number")).intValue();
                    String title = engine.renderText(kit.shownFile() + " (" + each.list() + " title)", each.title(), itemModel);
                    sections.add(Map.entry(new Section(title, Optional.of(new ItemRef(each.noun(), number,
                            Optional.ofNullable(item.get("name")).map(Object::toString))), List.of()), rows));
                }
            }
        }
        List<Section> done = sections.stream().map(e -> new Section(e.getKey().title(), e.getKey().item(), e.getValue())).toList();
        return new FigureSheet(deal.id(), deal.name(), done);
    }

    private static Figure figure(FigureDeclaration d, Object value, Deal deal, TemplateEngine engine, Map<String, Object> model)
            throws AssemblyException {
        Map<String, Object> withValue = new HashMap<>(model);
        withValue.put("value", value);
        String name = deal.kit().shownFile() + " (figures." + d.key();
        String shown = d.shown().isPresent() ? engine.renderText(name + " shown)", d.shown().get(), withValue) : usual(d.type(), value);
        String rule = engine.renderText(name + " rule)", d.rule(), model);
        if (d.stated()) {
            rule += ", " + d.rounding().words(FigureCalculator.mode(d.rounding(), deal.values()), d.type() == FieldType.AMOUNT,
                    d.type() == FieldType.RATE);
        }
        return new Figure(d.name(), shown, exact(value), rule);
    }

    private static final com.closingset.figures.Wording W = new com.closingset.figures.Wording();

    /** A figure as the documents usually print its type: $45,600,000; 20,000,000; 4.8%; January 23, 2012. */
    private static String usual(FieldType type, Object value) {
        return switch (type) {
            case AMOUNT -> W.dollars((BigDecimal) value);
            case WHOLE_NUMBER -> W.number((Number) value);
            case RATE -> W.percent((BigDecimal) value);
            case DATE -> W.date((LocalDate) value);
            default -> String.valueOf(value);
        };
    }

    private static String exact(Object value) {
        return value instanceof BigDecimal b ? b.toPlainString() : String.valueOf(value);
    }
}
