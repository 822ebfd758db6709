package com.closingset.deal;

import com.closingset.kit.ValuePath;
import com.closingset.figures.Figures;
import com.closingset.kit.FieldType;
import com.closingset.kit.Formula;
import com.closingset.kit.FormulaException;
import com.closingset.kit.Kit;
import com.closingset.kit.Roots;
import com.closingset.kit.Rule;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks a deal against its kit's rules; the first broken rule is a one-line error at the field it names. */
final class RuleCheck {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.]*)}");

    private final Kit kit;
    private final Positions positions;
    private final Roots roots;
    private final Set<Rule> done = new HashSet<>();

    RuleCheck(Kit kit, Positions positions) {
        this.kit = kit;
        this.positions = positions;
        this.roots = new Roots(kit);
    }

    /** Checks each rule not yet checked whose sections are all among {@code read} ({@code values}: the deal read so far). */
    @SuppressWarnings("unchecked")
    void check(Map<String, Object> values, Figures figures, Set<String> read) throws InputException {
        if (kit.rules().stream().noneMatch(r -> !done.contains(r) && read.containsAll(roots.of(r)))) {
            return;
        }
        Map<String, Object> deal = figures.withItemFigures(values);
        Map<String, Object> scope = new HashMap<>();
        deal.forEach((k, v) -> scope.put(k, Formula.readable(v)));
        scope.put("figures", Formula.readable(figures.values()));
        Map<String, Object> shown = new HashMap<>(deal);
        shown.put("figures", figures.values());
        for (Rule rule : kit.rules()) {
            if (done.contains(rule) || !read.containsAll(roots.of(rule))) {
                continue;
            }
            done.add(rule);
            if (rule.each().isEmpty()) {
                check(rule, scope, shown, "", -1);
                continue;
            }
            List<Object> items = (List<Object>) DealLoader.value(deal, rule.each().get());
            for (int i = 0; i < items.size(); i++) {
                Map<String, Object> itemScope = new HashMap<>(scope);
                itemScope.put(rule.noun(), Formula.readable(items.get(i)));
                Map<String, Object> itemShown = new HashMap<>(shown);
                itemShown.put(rule.noun(), items.get(i));
                check(rule, itemScope, itemShown, rule.each().get() + "[" + i + "]", i);
            }
        }
    }

    private void check(Rule rule, Map<String, Object> scope, Map<String, Object> shown, String item, int index)
            throws InputException {
        if (rule.whenGiven().isPresent() && lookup(shown, rule.whenGiven().get()).isEmpty()
                || rule.whenMissing().stream().anyMatch(f -> lookup(shown, f).isPresent())) {
            return;
        }
        // A rule about an optional part the deal leaves out (no results, say) has nothing to check.
        for (String read : rule.check().reads()) {
            if (lookup(shown, read).isEmpty()) {
                return;
            }
        }
        String at = item.isEmpty() || !(rule.at().equals(rule.noun()) || rule.at().startsWith(rule.noun() + "."))
                ? rule.at() : item + rule.at().substring(rule.noun().length());
        Object result;
        try {
            result = rule.check().evaluate(scope);
        } catch (FormulaException e) {
            throw positions.error(at, "cannot check the rule of " + rule.where() + ": " + e.getMessage());
        }
        if (!(result instanceof Boolean ok)) {
            throw positions.error(at, "the rule of " + rule.where() + " gives " + result + ", not yes or no");
        }
        if (!ok) {
            throw positions.error(at, message(rule, shown));
        }
    }

    private String message(Rule rule, Map<String, Object> shown) {
        Matcher m = PLACEHOLDER.matcher(rule.message());
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            String path = m.group(1);
            Optional<FieldType> type = kit.typeOf(path, rule.each().orElse(""), rule.noun());
            out.append(rule.message(), from, m.start()).append(plain(lookup(shown, path).orElse("(not given)"), type));
            from = m.end();
        }
        return out.append(rule.message().substring(from)).toString();
    }

    /** A value as a message prints it: 2007-01-18, 50%, 40000000, down. */
    static String plain(Object value, Optional<FieldType> type) {
        if (value instanceof BigDecimal b) {
            if (type.equals(Optional.of(FieldType.RATE))) {
                BigDecimal p = b.movePointRight(2).stripTrailingZeros();
                return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
            }
            return b.toPlainString();
        }
        return String.valueOf(value);
    }

    private static Optional<Object> lookup(Map<String, Object> scope, String path) {
        return ValuePath.of(scope, path);
    }
}
