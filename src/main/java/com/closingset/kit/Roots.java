package com.closingset.kit;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of the deal (top-level fields) that each figure and rule of a kit reads, through the
 * figures it reads: a deal file is checked section by section, in the schema's order, and a rule is
 * checked as soon as every section it reads has been read, so a deal gets the first problem in
 * reading order, as a reader would find it.
 */
public final class Roots {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.]*)}");

    private final Kit kit;
    private final Map<String, Set<String>> byFigure = new HashMap<>();

    public Roots(Kit kit) {
        this.kit = kit;
        for (FigureEntry e : kit.figures()) {
            if (e instanceof FigureDeclaration d) {
                byFigure.put(d.key(), of(d, "", "", false));
            }
        }
    }

    public Set<String> of(FigureEntry entry) {
        if (entry instanceof FigureDeclaration d) {
            return byFigure.get(d.key());
        }
        ItemFigures each = (ItemFigures) entry;
        Set<String> out = new LinkedHashSet<>();
        out.add(root(each.list()));
        // An item figure reading another of the item's figures adds nothing: the union covers it.
        each.figures().forEach(f -> out.addAll(of(f, each.list(), each.noun(), true)));
        return out;
    }

    public Set<String> of(Rule rule) {
        Set<String> out = new LinkedHashSet<>();
        String list = rule.each().orElse("");
        rule.each().ifPresent(l -> out.add(root(l)));
        names(rule.check().reads(), list, rule.noun(), out, false);
        rule.whenGiven().ifPresent(w -> names(List.of(w), list, rule.noun(), out, false));
        names(rule.whenMissing(), list, rule.noun(), out, false);
        names(List.of(rule.at()), list, rule.noun(), out, false);
        Matcher m = PLACEHOLDER.matcher(rule.message());
        while (m.find()) {
            names(List.of(m.group(1)), list, rule.noun(), out, false);
        }
        return out;
    }

    private Set<String> of(FigureDeclaration d, String list, String noun, boolean inItems) {
        Set<String> out = new LinkedHashSet<>();
        if (d.sum().isPresent()) {
            String sum = d.sum().get();
            out.add(root(sum));
            for (String l : kit.lists()) {
                if (sum.startsWith(l + ".figures.")) {
                    kit.itemFigures(l).ifPresent(i -> out.addAll(of(i)));
                }
            }
        }
        d.formula().ifPresent(f -> names(f.reads(), list, noun, out, inItems));
        d.rounding().modeField().ifPresent(f -> out.add(root(f)));
        return out;
    }

    private void names(List<String> reads, String list, String noun, Set<String> out, boolean inItems) {
        for (String r : reads) {
            if (r.startsWith("figures.")) {
                Set<String> f = byFigure.get(r.substring("figures.".length()));
                if (f != null) {
                    out.addAll(f);
                }
            } else if (!noun.isEmpty() && (r.equals(noun) || r.startsWith(noun + "."))) {
                out.add(root(list));
                if (!inItems && r.startsWith(noun + ".figures.")) {
                    kit.itemFigures(list).ifPresent(i -> out.addAll(of(i)));
                }
            } else {
                out.add(root(r));
            }
        }
    }

    private static String root(String path) {
        return path.split("\\.", 2)[0];
    }
}
