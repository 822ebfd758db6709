package com.closingset.kit;

import com.closingset.deal.InputException;
import com.closingset.deal.DidYouMean;
import com.closingset.deal.YamlFile;
import com.closingset.deal.YamlMapping;
import com.closingset.deal.YamlScalar;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a kit's {@code kit.yaml} into a {@link Kit}: the schema (with the built-in record types
 * address and party, and the kit's own {@code types:}), the figures and the rules. Every formula is
 * parsed and every name it reads is checked against the schema and the figures declared before it,
 * so a kit with a typo stops at its own line, before any deal is read.
 */
public final class KitLoader {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.]*)}");

    private final Map<String, Field> types = new LinkedHashMap<>();
    private String shown;

    /** Loads {@code folder/kit.yaml}; {@code shownFolder} is how messages name the folder ({@code templates/k}). */
    public static Kit load(Path folder, String shownFolder) throws InputException {
        return new KitLoader().read(folder, shownFolder);
    }

    private Kit read(Path folder, String shownFolder) throws InputException {
        readBuiltInTypes();
        shown = shownFolder + "/" + Kit.FILE_NAME;
        return YamlFile.read(folder.resolve(Kit.FILE_NAME), shown, "a kit: its schema, figures and rules", root -> read(root, folder));
    }

    private Kit read(YamlMapping root, Path folder) throws InputException {
        String name = root.text("kit");
        String expectedName = folder.getFileName().toString();
        if (!name.equals(expectedName)) {
            throw root.error("kit", "expected the kit's folder name \"" + expectedName + "\", got " + YamlScalar.quote(name));
        }
        String description = root.text("description");
        // The paths are checked against the schema, read after the kit's own types.
        YamlMapping factsMap = root.group("deal", m -> {
            for (String key : List.of("id", "name", "date", "author")) {
                m.text(key);
            }
            return m;
        });
        if (root.has("types")) {
            root.group("types", t -> {
                for (String key : t.keys()) {
                    types.put(key, recordType(t, key));
                }
                return null;
            });
        }
        Field schema = group("", "the deal file", root.group("schema", this::fields));
        DealFacts facts = new DealFacts(factPath(factsMap, "id", schema, FieldType.TEXT),
                factPath(factsMap, "name", schema, FieldType.TEXT), factPath(factsMap, "date", schema, FieldType.DATE),
                factPath(factsMap, "author", schema, FieldType.TEXT));
        List<String> pages = root.group("pages", p -> List.of(template(p, "index", folder), template(p, "cover", folder)));
        String index = pages.get(0);
        String cover = pages.get(1);
        Kit partial = new Kit(name, folder, shown, description, facts, schema, List.of(), List.of(), "", index, cover, Optional.empty());
        List<FigureEntry> figures = new ArrayList<>();
        Kit declared = partial;
        String sheetSection = !root.has("figures") ? "Figures" : root.group("figures", f -> {
            String section = f.optionalText("section").orElse("Figures");
            for (String key : f.keys()) {
                if (!key.equals("section")) {
                    figures.add(figureEntry(f, key, declared, figures, section));
                }
            }
            return section;
        });
        partial = new Kit(name, folder, shown, description, facts, schema, figures, List.of(), sheetSection, index, cover, Optional.empty());
        Kit withFigures = partial;
        List<Rule> rules = root.has("rules") ? root.groups("rules", r -> rule(r, withFigures)) : List.of();
        Optional<SampleRecipe> sample = root.has("sample")
                ? Optional.of(root.group("sample", m -> sample(m, withFigures, folder))) : Optional.empty();
        return new Kit(name, folder, shown, description, facts, schema, figures, rules, sheetSection, index, cover, sample);
    }

    private void readBuiltInTypes() throws InputException {
        String text;
        try (InputStream in = KitLoader.class.getResourceAsStream("types.yaml")) {
            if (in == null) {
                throw new IllegalStateException("types.yaml is missing from the engine");
            }
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        shown = "the engine's types.yaml";
        YamlFile.readText(text, shown, "record types", t -> {
            for (String key : t.keys()) {
                types.put(key, recordType(t, key));
            }
            return null;
        });
    }

    private Field recordType(YamlMapping parent, String key) throws InputException {
        return parent.group(key, m -> group(key, m.text("description"), m.group("fields", this::fields)));
    }

    private List<Field> fields(YamlMapping m) throws InputException {
        List<Field> out = new ArrayList<>();
        for (String key : m.keys()) {
            if (!NAME.matcher(key).matches()) {
                throw m.error(key, "expected a field name of lower-case letters, digits and underscores, got " + YamlScalar.quote(key));
            }
            out.add(field(m, key));
        }
        for (Field f : out) {
            if (f.defaultFrom().isPresent() && out.stream().noneMatch(o -> o.name().equals(f.defaultFrom().get()) && o.type() == f.type())) {
                throw m.error(f.name(), "default_from: expected a field beside it of the same type (" + f.type().word() + "), got "
                        + YamlScalar.quote(f.defaultFrom().get()));
            }
        }
        return out;
    }

    private static Field group(String name, String description, List<Field> fields) {
        return new Field(name, FieldType.GROUP, description, true, Optional.empty(), Optional.empty(), 0, Long.MAX_VALUE, 0, "",
                List.of(), fields, Optional.empty(), "", Optional.empty(), Optional.empty(), OptionalInt.empty(), "", false);
    }

    private Field field(YamlMapping parent, String key) throws InputException {
        return parent.group(key, m -> fieldOf(m, key));
    }

    private Field fieldOf(YamlMapping m, String key) throws InputException {
        String description = m.text("description");
        boolean optional = m.has("optional") && m.scalar("optional", "yes or no").yesNo();
        Optional<String> defaultText = m.optionalText("default");
        Optional<String> defaultFrom = m.optionalText("default_from");
        boolean required = !optional && defaultText.isEmpty() && defaultFrom.isEmpty();
        String typeWord = m.has("type") ? m.text("type") : m.has("fields") ? "group" : "";
        Optional<FieldType> known = FieldType.named(typeWord);
        List<Field> fields = List.of();
        FieldType type;
        if (known.isPresent()) {
            type = known.get();
        } else if (types.containsKey(typeWord)) {
            type = FieldType.GROUP;
            fields = types.get(typeWord).fields();
        } else {
            throw m.error("type", "expected a type (" + String.join(", ", FieldType.words()) + ", or a record type: "
                    + String.join(", ", types.keySet()) + "), got " + YamlScalar.quote(typeWord));
        }
        if (m.has("fields")) {
            if (type != FieldType.GROUP && type != FieldType.LIST) {
                throw m.error("fields", "only a group or a list of records has fields");
            }
            fields = m.group("fields", this::fields);
        }
        Optional<Field> of = Optional.empty();
        String noun = "";
        Optional<String> unique = Optional.empty();
        boolean increasing = false;
        if (type == FieldType.PARAGRAPHS) {
            of = Optional.of(scalarItem(FieldType.TEXT, m, 0, 0));
        }
        if (type == FieldType.LIST) {
            if (m.has("of")) {
                String ofWord = m.text("of");
                if (types.containsKey(ofWord)) {
                    fields = types.get(ofWord).fields();
                } else {
                    FieldType itemType = FieldType.named(ofWord).filter(FieldType::isScalar)
                            .orElseThrow(() -> m.error("of", "expected the type of each item (text, whole number, amount, rate, date, ...)"
                                    + " or a record type (" + String.join(", ", types.keySet()) + "), got " + YamlScalar.quote(ofWord)));
                    of = Optional.of(scalarItem(itemType, m, bound(m, "min", 1), bound(m, "max", Long.MAX_VALUE)));
                    increasing = m.has("order") && m.scalar("order", "increasing").choice(List.of("increasing")).equals("increasing");
                }
            } else if (fields.isEmpty()) {
                throw m.error("fields", "a list needs \"of:\" (the type of its items) or \"fields:\" (the fields of each item)");
            }
            noun = m.optionalText("item").orElse(key.endsWith("s") ? key.substring(0, key.length() - 1) : key).replace('_', ' ');
            if (of.isEmpty()) {
                for (Field f : fields) {
                    if (Field.ITEM_NAMES.contains(f.name())) {
                        throw m.error("fields", "\"" + f.name() + "\" is the name every item already has (its " + (f.name().equals("number")
                                ? "place in the list, from 1" : "figures") + "); call the field something else");
                    }
                }
                unique = m.optionalText("unique");
                if (unique.isPresent() && fields.stream().map(Field::name).noneMatch(unique.get()::equals)) {
                    throw m.error("unique", "no field " + YamlScalar.quote(unique.get()) + " in each " + noun);
                }
            }
        }
        if (type == FieldType.GROUP && fields.isEmpty()) {
            throw m.error("fields", "a group needs its fields");
        }
        long min = type == FieldType.LIST ? 1 : bound(m, "min", 1);
        long max = type == FieldType.LIST ? Long.MAX_VALUE : bound(m, "max", type == FieldType.DAYS ? 366 : type == FieldType.YEARS ? 100 : Long.MAX_VALUE);
        int decimals = (int) (m.has("decimals") ? m.scalar("decimals", "a whole number").integer(0, 12) : 2);
        String example = m.optionalText("example").orElse(defaultExample(type));
        List<String> choices = type == FieldType.CHOICE ? m.texts("values") : List.of();
        Optional<Pattern> pattern = Optional.empty();
        String expected = "";
        if (m.has("pattern")) {
            try {
                pattern = Optional.of(Pattern.compile(m.text("pattern")));
            } catch (PatternSyntaxException e) {
                throw m.error("pattern", "expected a regular expression, got one that does not parse: " + e.getDescription());
            }
            expected = m.text("expected");
        }
        OptionalInt maxLength = maxLength(m, type);
        if (maxLength.isPresent() && pattern.isEmpty()) {
            expected = m.optionalText("expected").orElse("text");
        }
        Field field = new Field(key, type, description, required, defaultText, defaultFrom, min, max, decimals, example, choices,
                fields, of, noun, unique, pattern, maxLength, expected, increasing);
        if (defaultText.isPresent()) {
            try {
                field.defaultValue();
            } catch (RuntimeException e) {
                throw m.error("default", "expected a default a " + type.word() + " field can hold, got " + YamlScalar.quote(defaultText.get())
                        + (e.getClass() == IllegalArgumentException.class ? " (" + e.getMessage() + ")" : ""));
            }
        }
        return field;
    }

    /** A text field's {@code max_length:}, the most characters its text may hold. */
    private static OptionalInt maxLength(YamlMapping m, FieldType type) throws InputException {
        if (!m.has("max_length")) {
            return OptionalInt.empty();
        }
        if (type != FieldType.TEXT) {
            throw m.error("max_length", "only a text field has a max_length, not a " + type.word() + " field");
        }
        return OptionalInt.of((int) m.scalar("max_length", "a whole number").integer(1, 1_000_000));
    }

    private static Field scalarItem(FieldType type, YamlMapping m, long min, long max) throws InputException {
        return new Field("", type, "", true, Optional.empty(), Optional.empty(), min, max, 2,
                m.optionalText("example").orElse(defaultExample(type)), List.of(), List.of(), Optional.empty(), "",
                Optional.empty(), Optional.empty(), OptionalInt.empty(), "", false);
    }

    private static long bound(YamlMapping m, String key, long otherwise) throws InputException {
        return m.has(key) ? m.scalar(key, "a whole number").integer(Long.MIN_VALUE + 1, Long.MAX_VALUE - 1) : otherwise;
    }

    private static String defaultExample(FieldType type) {
        return switch (type) {
            case AMOUNT -> "1.14";
            case RATE -> "4.8%";
            case WHOLE_NUMBER -> "40,000,000";
            case DATE -> "2007-01-18";
            case TIME -> "\"13:45\"";
            case TIME_ZONE -> "America/New_York";
            case DAYS, YEARS -> "5";
            case YES_NO -> "yes";
            default -> "";
        };
    }

    private static String factPath(YamlMapping m, String key, Field schema, FieldType type) throws InputException {
        String path = m.text(key);
        Field at = schema.at(path).orElseThrow(() -> m.error(key, "no field " + YamlScalar.quote(path) + " in the schema"));
        if (at.type() != type || !at.required()) {
            throw m.error(key, "expected a required field of type " + type.word() + ", got " + YamlScalar.quote(path)
                    + " (" + (at.required() ? "" : "optional ") + at.type().word() + ")");
        }
        return path;
    }

    private static String template(YamlMapping m, String key, Path folder) throws InputException {
        String name = m.text(key);
        if (!name.matches("[a-z0-9][a-z0-9.-]{0,79}\\.md\\.ftl") || !Files.isRegularFile(folder.resolve(name))) {
            throw m.error(key, "expected a template of the kit's folder like " + key + ".md.ftl, got " + YamlScalar.quote(name));
        }
        return name;
    }

    private FigureEntry figureEntry(YamlMapping parent, String key, Kit kit, List<FigureEntry> before, String section)
            throws InputException {
        if (!NAME.matcher(key).matches() && kit.field(key).isEmpty()) {
            throw parent.error(key, "expected a figure name of lower-case letters, digits and underscores, got " + YamlScalar.quote(key));
        }
        return parent.group(key, m -> {
            if (!m.has("figures")) {
                return figure(m, key, kit, before, Optional.empty(), section);
            }
            Field list = kit.field(key).filter(Field::isListOfRecords).orElseThrow(() -> parent.error(key,
                    "figures for each item need a list of records of the schema; no such list: " + YamlScalar.quote(key)
                            + " (lists: " + String.join(", ", kit.lists()) + ")"));
            String title = m.text("title");
            List<FigureDeclaration> own = new ArrayList<>();
            m.group("figures", f -> {
                for (String k : f.keys()) {
                    if (!NAME.matcher(k).matches()) {
                        throw f.error(k, "expected a figure name of lower-case letters, digits and underscores, got " + YamlScalar.quote(k));
                    }
                    own.add(f.group(k, fm -> figure(fm, k, kit, before, Optional.of(new Scope(key, list.itemNoun(), own)), section)));
                }
                return null;
            });
            return new ItemFigures(key, list.itemNoun(), title, own);
        });
    }

    /** The list a per-item figure or rule is about, its noun, and the item figures declared so far. */
    private record Scope(String list, String noun, List<FigureDeclaration> figures) {
    }

    private FigureDeclaration figure(YamlMapping m, String key, Kit kit, List<FigureEntry> before, Optional<Scope> scope,
                                     String defaultSection) throws InputException {
        String name = m.optionalText("name").orElse(key.replace('_', ' '));
        FieldType type = m.has("type") ? m.scalar("type", "a figure type").choice(List.of("amount", "whole number", "rate", "date", "text"))
                .transform(w -> FieldType.named(w).orElseThrow()) : FieldType.AMOUNT;
        Optional<Formula> formula = Optional.empty();
        Optional<String> sum = Optional.empty();
        if (m.has("sum")) {
            sum = Optional.of(m.text("sum"));
            checkSum(m, sum.get(), kit, before);
        } else {
            YamlScalar source = m.scalar("formula", "a formula like offering.shares * offering.price_per_unit");
            try {
                formula = Optional.of(Formula.parse(source.text()));
            } catch (FormulaException e) {
                throw source.error(e.getMessage());
            }
            for (String read : formula.get().reads()) {
                Optional<String> problem = unknownName(read, kit, before, scope);
                if (problem.isPresent()) {
                    throw source.error(problem.get());
                }
            }
        }
        Rounding rounding = Rounding.exactly();
        boolean stated = m.has("round");
        if (stated) {
            YamlScalar r = m.scalar("round", "a rounding like \"cents, half-up\"");
            try {
                rounding = Rounding.parse(r.text());
            } catch (FormulaException e) {
                throw r.error(e.getMessage());
            }
            if (rounding.modeField().isPresent()) {
                Optional<Field> choice = kit.field(rounding.modeField().get());
                if (choice.isEmpty() || choice.get().type() != FieldType.CHOICE
                        || !Rounding.MODES.keySet().containsAll(choice.get().choices())) {
                    throw r.error("expected \"as\" a choice of the schema whose values are rounding modes (half-up, down, up, ...), got "
                            + YamlScalar.quote(rounding.modeField().get()));
                }
            }
        }
        Optional<BigDecimal> atLeast = m.has("at_least") ? Optional.of(number(m, "at_least")) : Optional.empty();
        Optional<BigDecimal> atMost = m.has("at_most") ? Optional.of(number(m, "at_most")) : Optional.empty();
        String rule = m.optionalText("rule").orElse(formula.map(Formula::source).orElse("sum of " + sum.orElse("")));
        Optional<String> shown = m.optionalText("shown");
        String section = m.optionalText("section").orElse(defaultSection);
        return new FigureDeclaration(key, name, type, formula, sum, rounding, stated, atLeast, atMost, rule, shown, section);
    }

    private void checkSum(YamlMapping m, String sum, Kit kit, List<FigureEntry> before) throws InputException {
        for (String list : kit.lists()) {
            if (sum.startsWith(list + ".")) {
                String rest = sum.substring(list.length() + 1);
                Field item = kit.field(list).orElseThrow();
                Optional<String> problem = unknownName(item.itemNoun() + "." + rest, kit, before,
                        Optional.of(new Scope(list, item.itemNoun(), kit.itemFigures(list).map(ItemFigures::figures)
                                .or(() -> before.stream().filter(e -> e instanceof ItemFigures i && i.list().equals(list))
                                        .map(e -> ((ItemFigures) e).figures()).findFirst()).orElse(List.of()))));
                if (problem.isPresent()) {
                    throw m.error("sum", problem.get());
                }
                return;
            }
        }
        throw m.error("sum", "expected a list of the schema and a field of its items like investors.shares, got " + YamlScalar.quote(sum));
    }

    /** Why {@code read} names nothing a formula can read here, or empty when it does name something. */
    private static Optional<String> unknownName(String read, Kit kit, List<FigureEntry> before, Optional<Scope> scope) {
        String[] parts = read.split("\\.", 2);
        if (parts[0].equals("figures")) {
            List<String> known = before.stream().filter(e -> e instanceof FigureDeclaration).map(e -> ((FigureDeclaration) e).key()).toList();
            if (parts.length == 2 && known.contains(parts[1])) {
                return Optional.empty();
            }
            return Optional.of("no figure " + YamlScalar.quote(read) + " is declared before this one" + hint(parts.length == 2 ? parts[1] : "", known, "figures."));
        }
        if (scope.isPresent() && parts[0].equals(scope.get().noun())) {
            if (parts.length == 1) {
                return Optional.empty();
            }
            String rest = parts[1];
            if (rest.equals("number")) {
                return Optional.empty();
            }
            if (rest.startsWith("figures.")) {
                List<String> known = scope.get().figures().stream().map(FigureDeclaration::key).toList();
                String k = rest.substring("figures.".length());
                return known.contains(k) ? Optional.empty() : Optional.of("no figure " + YamlScalar.quote(read)
                        + " of each " + scope.get().noun() + " is declared before this one" + hint(k, known, scope.get().noun() + ".figures."));
            }
            return kit.field(scope.get().list() + "." + rest).isPresent() ? Optional.empty()
                    : Optional.of("no field " + YamlScalar.quote(read) + " in each " + scope.get().noun()
                    + hint(rest, kit.field(scope.get().list()).orElseThrow().fields().stream().map(Field::name).toList(), scope.get().noun() + "."));
        }
        if (kit.field(read).isPresent()) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>();
        allPaths(kit.schema(), "", all);
        return Optional.of("no field " + YamlScalar.quote(read) + " in the schema" + hint(read, all, ""));
    }

    private static void allPaths(Field group, String prefix, List<String> out) {
        for (Field f : group.fields()) {
            out.add(prefix + f.name());
            if (f.type() == FieldType.GROUP) {
                allPaths(f, prefix + f.name() + ".", out);
            }
        }
    }

    private static String hint(String typo, List<String> known, String prefix) {
        return DidYouMean.closest(typo, known).map(best -> "; did you mean \"" + prefix + best + "\"?").orElse("");
    }

    private static BigDecimal number(YamlMapping m, String key) throws InputException {
        YamlScalar s = m.scalar(key, "a number like 0");
        try {
            return new BigDecimal(s.text().trim().replace(",", ""));
        } catch (NumberFormatException e) {
            throw s.error("expected a number like 0, got " + YamlScalar.quote(s.text()));
        }
    }

    private Rule rule(YamlMapping m, Kit kit) throws InputException {
        String where = where(m);
        Optional<String> each = m.optionalText("each");
        Optional<Scope> scope = Optional.empty();
        String noun = "";
        if (each.isPresent()) {
            Field list = kit.field(each.get()).filter(Field::isListOfRecords).orElseThrow(() -> m.error("each",
                    "expected a list of records of the schema (" + String.join(", ", kit.lists()) + "), got " + YamlScalar.quote(each.get())));
            noun = list.itemNoun();
            scope = Optional.of(new Scope(each.get(), noun, kit.itemFigures(each.get()).map(ItemFigures::figures).orElse(List.of())));
        }
        Optional<String> whenGiven = condition(m, "when_given", kit, scope);
        // when_missing may name several fields, comma-separated: the rule applies when all are left out.
        List<String> whenMissing = condition(m, "when_missing", kit, scope)
                .map(w -> Arrays.stream(w.split(",")).map(String::strip).toList()).orElse(List.of());
        YamlScalar source = m.scalar("check", "a formula that is true for a good deal");
        Formula check;
        try {
            check = Formula.parse(source.text());
        } catch (FormulaException e) {
            throw source.error(e.getMessage());
        }
        for (String read : check.reads()) {
            Optional<String> problem = unknownName(read, kit, kit.figures(), scope);
            if (problem.isPresent()) {
                throw source.error(problem.get());
            }
        }
        String at = m.text("at");
        Optional<String> atProblem = unknownName(at, kit, kit.figures(), scope);
        if (atProblem.isPresent()) {
            throw m.error("at", atProblem.get());
        }
        YamlScalar message = m.scalar("message", "the message a deal that breaks the rule gets");
        var placeholders = PLACEHOLDER.matcher(message.text());
        while (placeholders.find()) {
            Optional<String> problem = unknownName(placeholders.group(1), kit, kit.figures(), scope);
            if (problem.isPresent()) {
                throw message.error(problem.get());
            }
        }
        return new Rule(each, noun, whenGiven, whenMissing, check, at, message.text(), where);
    }

    /** {@code when_given} or {@code when_missing}: a field of the deal whose presence decides whether the rule applies. */
    private static Optional<String> condition(YamlMapping m, String key, Kit kit, Optional<Scope> scope) throws InputException {
        Optional<String> field = m.optionalText(key);
        if (field.isPresent()) {
            for (String name : field.get().split(",")) {
                Optional<String> problem = unknownName(name.strip(), kit, kit.figures(), scope);
                if (problem.isPresent()) {
                    throw m.error(key, problem.get());
                }
            }
        }
        return field;
    }

    private SampleRecipe sample(YamlMapping m, Kit kit, Path folder) throws InputException {
        String base = m.text("base");
        if (!base.matches("[a-z0-9][a-z0-9.-]{0,79}\\.yaml") || !Files.isRegularFile(folder.resolve(base))) {
            throw m.error("base", "expected a deal file of the kit's folder like sample-deal.yaml, got " + YamlScalar.quote(base));
        }
        String list = m.text("list");
        Field items = kit.field(list).filter(Field::isListOfRecords)
                .orElseThrow(() -> m.error("list", "expected a list of records of the schema, got " + YamlScalar.quote(list)));
        Map<String, String> generators = new LinkedHashMap<>();
        m.group("items", g -> {
            for (String key : g.keys()) {
                if (items.field(key).isEmpty()) {
                    throw g.error(key, "no field " + YamlScalar.quote(key) + " in each " + items.itemNoun());
                }
                generators.put(key, g.scalar(key, "a generator").choice(List.of("organization name", "person name", "address", "round lot")));
            }
            return null;
        });
        String total = m.text("total");
        if (!"round lot".equals(generators.get(total))) {
            throw m.error("total", "expected the item field made by \"round lot\" whose sum the base deal states, got " + YamlScalar.quote(total));
        }
        return new SampleRecipe(base, list, generators, total);
    }

    private String where(YamlMapping m) {
        int[] p = m.position();
        return shown + ":" + p[0] + ":" + p[1];
    }
}
