package com.closingset.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every figure of a deal, as its kit declares them: the deal's own ({@code figures.gross_proceeds})
 * and, for each list with figures of its items, one map per item ({@code investor.figures.purchase_price}).
 * Amounts and rates are {@link java.math.BigDecimal}, whole numbers {@link Long}, dates
 * {@link java.time.LocalDate}. Immutable.
 *
 * @param values the deal's figures by key, in the order the kit declares them
 * @param items  the list's path ({@code investors}) to each item's figures, in the list's order
 */
public record Figures(Map<String, Object> values, Map<String, List<Map<String, Object>>> items) {

    public Figures {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Map<String, List<Map<String, Object>>> copy = new LinkedHashMap<>();
        items.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        items = Collections.unmodifiableMap(copy);
    }

    public Object value(String key) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("no figure " + key);
        }
        return values.get(key);
    }

    /**
     * The deal's values with each item of a list that has figures carrying them as {@code figures}:
     * the deal as templates, formulas and rules see it.
     */
    public Map<String, Object> withItemFigures(Map<String, Object> deal) {
        Map<String, Object> out = deal;
        for (Map.Entry<String, List<Map<String, Object>>> e : items.entrySet()) {
            out = withItems(out, e.getKey().split("\\."), 0, e.getValue());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withItems(Map<String, Object> at, String[] path, int depth, List<Map<String, Object>> figures) {
        Map<String, Object> copy = new LinkedHashMap<>(at);
        Object child = at.get(path[depth]);
        if (depth == path.length - 1) {
            List<Object> items = new ArrayList<>();
            List<Object> list = (List<Object>) child;
            for (int i = 0; i < list.size(); i++) {
                Map<String, Object> item = new LinkedHashMap<>((Map<String, Object>) list.get(i));
                item.put("figures", figures.get(i));
                items.add(Collections.unmodifiableMap(item));
            }
            copy.put(path[depth], List.copyOf(items));
        } else {
            copy.put(path[depth], withItems((Map<String, Object>) child, path, depth + 1, figures));
        }
        return Collections.unmodifiableMap(copy);
    }
}
