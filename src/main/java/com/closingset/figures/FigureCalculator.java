package com.closingset.figures;

import com.closingset.kit.ValuePath;
import com.closingset.kit.FieldType;
import com.closingset.kit.FigureDeclaration;
import com.closingset.kit.FigureEntry;
import com.closingset.kit.Formula;
import com.closingset.kit.FormulaException;
import com.closingset.kit.ItemFigures;
import com.closingset.kit.Kit;
import com.closingset.kit.Roots;
import com.closingset.kit.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a deal's figures as its kit declares them, in the kit's order: each formula in exact
 * decimal arithmetic, then rounded as stated and checked against its bounds. A figure of each item
 * sees the item under its noun; a sum adds a field of every item of a list.
 */
public final class FigureCalculator {
    private final Kit kit;
    private final Roots roots;
    private final Set<FigureEntry> done = new HashSet<>();
    private final java.util.Set<String> skipped = new java.util.HashSet<>();
    private final Map<String, Object> scope = new HashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> items = new LinkedHashMap<>();

    /** A calculator for one deal: figures are computed as the sections they read become known. */
    public FigureCalculator(Kit kit) {
        this.kit = kit;
        this.roots = new Roots(kit);
    }

    /** Every figure of a whole deal. */
    public Figures compute(Map<String, Object> deal) throws FigureException {
        advance(deal, deal.keySet());
        return figures();
    }

    /**
     * Computes, in the kit's order, each figure not yet computed whose sections are all among
     * {@code read} (and whose figures are computed): the figures a partly read deal already has.
     */
    public void advance(Map<String, Object> deal, Set<String> read) throws FigureException {
        for (String section : read) {
            scope.computeIfAbsent(section, k -> Formula.readable(deal.get(k)));
        }
        for (FigureEntry entry : kit.figures()) {
            if (done.contains(entry) || !read.containsAll(roots.of(entry))) {
                continue;
            }
            scope.put("figures", new LinkedHashMap<>(values));
            if (entry instanceof FigureDeclaration d) {
                if (readsWhatIsNotGiven(d, deal, "") || sumsWhatIsNotComputed(d)) {
                    // An optional part the deal leaves out (no results, say): the figures of it are not.
                    skipped.add(d.key());
                    done.add(entry);
                    continue;
                }
                if (!dependenciesDone(d)) {
                    continue;
                }
                values.put(d.key(), figure(d, scope, deal, items, "figures." + d.key(), ""));
            } else if (entry instanceof ItemFigures each) {
                if (!each.figures().stream().allMatch(this::dependenciesDone)) {
                    continue;
                }
                items.put(each.list(), itemFigures(each, scope, deal, items));
            }
            done.add(entry);
        }
        scope.put("figures", new LinkedHashMap<>(values));
    }

    /** The figures computed so far. */
    public Figures figures() {
        return new Figures(values, items);
    }

    /** Whether the figure reads an optional value the deal does not give, or a figure not computed for that reason. */
    private boolean readsWhatIsNotGiven(FigureDeclaration d, Map<String, Object> deal, String noun) {
        // The rounding the deal chooses is read too: a figure cannot be rounded as a choice the deal leaves out.
        if (d.rounding().modeField().isPresent() && at(deal, d.rounding().modeField().get()) == null) {
            return true;
        }
        for (String r : d.formula().map(Formula::reads).orElse(List.of())) {
            if (!noun.isEmpty() && r.startsWith(noun + ".")) {
                continue;
            }
            if (r.startsWith("figures.") ? skipped.contains(r.substring("figures.".length())) : at(deal, r) == null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the figure sums an item figure that was not computed (it read what the deal leaves out). */
    private boolean sumsWhatIsNotComputed(FigureDeclaration d) {
        return d.sum().filter(s -> s.contains(".figures.")).map(s -> {
            String list = s.substring(0, s.indexOf(".figures."));
            String key = s.substring(s.indexOf(".figures.") + ".figures.".length());
            List<Map<String, Object>> own = items.get(list);
            return own != null && own.stream().anyMatch(item -> !item.containsKey(key));
        }).orElse(false);
    }

    private boolean dependenciesDone(FigureDeclaration d) {
        for (String r : d.formula().map(Formula::reads).orElse(List.of())) {
            if (r.startsWith("figures.") && !values.containsKey(r.substring("figures.".length()))) {
                return false;
            }
        }
        return d.sum().filter(s -> s.contains(".figures.")).map(s -> kit.lists().stream()
                .filter(l -> s.startsWith(l + ".figures.")).allMatch(items::containsKey)).orElse(true);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> itemFigures(ItemFigures each, Map<String, Object> scope, Map<String, Object> deal,
                                                  Map<String, List<Map<String, Object>>> items) throws FigureException {
        List<Object> list = (List<Object>) at(deal, each.list());
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> item = (Map<String, Object>) Formula.readable(list.get(i));
            Map<String, Object> own = new LinkedHashMap<>();
            Map<String, Object> itemScope = new HashMap<>(scope);
            for (FigureDeclaration d : each.figures()) {
                if (readsWhatIsNotGiven(d, deal, each.noun())) {
                    continue;
                }
                Map<String, Object> withFigures = new LinkedHashMap<>(item);
                withFigures.put("figures", new LinkedHashMap<>(own));
                itemScope.put(each.noun(), withFigures);
                own.put(d.key(), figure(d, itemScope, deal, items, each.list() + "[" + i + "].figures." + d.key(), each.noun()));
            }
            out.add(own);
        }
        return out;
    }

    private Object figure(FigureDeclaration d, Map<String, Object> scope, Map<String, Object> deal,
                          Map<String, List<Map<String, Object>>> items, String path, String noun) throws FigureException {
        Object raw;
        if (d.sum().isPresent()) {
            raw = sum(d.sum().get(), deal, items);
        } else {
            try {
                raw = d.formula().orElseThrow().evaluate(scope);
            } catch (FormulaException e) {
                throw new FigureException(path, e.getMessage() + reading(d, scope, noun));
            }
        }
        return typed(d, raw, deal, scope, path, noun);
    }

    private Object typed(FigureDeclaration d, Object raw, Map<String, Object> deal, Map<String, Object> scope, String path,
                         String noun) throws FigureException {
        if (d.type() == FieldType.TEXT) {
            return raw.toString();
        }
        if (d.type() == FieldType.DATE) {
            if (!(raw instanceof LocalDate)) {
                throw new FigureException(path, "expected a date, got " + raw + reading(d, scope, noun));
            }
            return raw;
        }
        if (!(raw instanceof BigDecimal value)) {
            throw new FigureException(path, "expected a number, got " + raw + reading(d, scope, noun));
        }
        value = d.rounding().apply(value, mode(d.rounding(), deal));
        if (d.atLeast().isPresent() && value.compareTo(d.atLeast().get()) < 0) {
            throw new FigureException(path, "is " + value.toPlainString() + ", less than the least it may be ("
                    + d.atLeast().get().toPlainString() + ")" + reading(d, scope, noun));
        }
        if (d.atMost().isPresent() && value.compareTo(d.atMost().get()) > 0) {
            throw new FigureException(path, "is " + value.toPlainString() + ", more than the most it may be ("
                    + d.atMost().get().toPlainString() + ")" + reading(d, scope, noun));
        }
        if (d.type() == FieldType.WHOLE_NUMBER) {
            try {
                return value.longValueExact();
            } catch (ArithmeticException e) {
                throw new FigureException(path, "expected a whole number, got " + value.toPlainString()
                        + " (state a rounding such as \"whole shares, down\")" + reading(d, scope, noun));
            }
        }
        return value;
    }

    /** The rounding mode of {@code r}: the kit's, or the deal's choice the kit names. */
    public static RoundingMode mode(Rounding r, Map<String, Object> deal) {
        if (r.modeField().isPresent()) {
            return Rounding.MODES.get((String) at(deal, r.modeField().get()));
        }
        return r.mode().orElse(RoundingMode.UNNECESSARY);
    }

    @SuppressWarnings("unchecked")
    private BigDecimal sum(String path, Map<String, Object> deal, Map<String, List<Map<String, Object>>> items) {
        for (String list : kit.lists()) {
            if (path.startsWith(list + ".")) {
                String rest = path.substring(list.length() + 1);
                BigDecimal total = BigDecimal.ZERO;
                List<Object> entries = (List<Object>) at(deal, list);
                for (int i = 0; i < entries.size(); i++) {
                    Object v = rest.startsWith("figures.") ? items.get(list).get(i).get(rest.substring("figures.".length()))
                            : at((Map<String, Object>) entries.get(i), rest);
                    total = total.add(v instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) v).longValue()));
                }
                return total;
            }
        }
        throw new IllegalStateException("the kit loader let through a sum over no list: " + path);
    }

    /** ", from offering.shares = 40000000, ...": every deal field the figure reads, through the figures it reads. */
    private String reading(FigureDeclaration d, Map<String, Object> scope, String noun) {
        Set<String> fields = new LinkedHashSet<>();
        collect(d, fields, new LinkedHashSet<>());
        List<String> shown = new ArrayList<>();
        for (String f : fields) {
            Object v = lookup(scope, f);
            shown.add(f + " = " + (v instanceof BigDecimal b ? b.toPlainString() : String.valueOf(v)));
        }
        return shown.isEmpty() ? "" : "; from " + String.join(", ", shown);
    }

    private void collect(FigureDeclaration d, Set<String> fields, Set<String> seen) {
        List<String> reads = d.formula().map(Formula::reads).orElse(d.sum().map(List::of).orElse(List.of()));
        for (String r : reads) {
            if (r.startsWith("figures.") && seen.add(r)) {
                kit.figure(r.substring("figures.".length())).ifPresent(f -> collect(f, fields, seen));
            } else if (!r.startsWith("figures.")) {
                fields.add(r);
            }
        }
    }

    private static Object lookup(Map<String, Object> scope, String path) {
        return ValuePath.of(scope, path).orElse("(not given)");
    }

    private static Object at(Map<String, Object> deal, String path) {
        return ValuePath.of(deal, path).orElse(null);
    }
}
