package com.closingset.review;

import java.util.ArrayList;
import java.util.List;

/**
 * A figure sheet as Markdown tables, padded into columns so it reads in a terminal and renders in a
 * pull request's comment: {@code | gross proceeds | $45,600,000 | 40,000,000 shares at $1.14 per unit, half-up to the cent |}.
 */
public final class FigureTable {
    private static final List<String> HEADER = List.of("figure", "value", "rule");

    private FigureTable() {
    }

    public static String render(FigureSheet sheet) {
        // One set of column widths for every section, so the sections line up under each other.
        int[] widths = HEADER.stream().mapToInt(FigureTable::width).toArray();
        for (FigureSheet.Section section : sheet.sections()) {
            for (FigureSheet.Figure f : section.figures()) {
                List<String> cells = cells(f);
                for (int i = 0; i < widths.length; i++) {
                    widths[i] = Math.max(widths[i], width(cells.get(i)));
                }
            }
        }
        StringBuilder s = new StringBuilder("# Figures of ").append(cell(sheet.dealName()))
                .append(" (").append(sheet.dealId()).append(")\n");
        for (FigureSheet.Section section : sheet.sections()) {
            s.append("\n## ").append(cell(section.title())).append("\n\n");
            row(s, HEADER, widths);
            List<String> rule = new ArrayList<>();
            for (int w : widths) {
                rule.add("-".repeat(w));
            }
            row(s, rule, widths);
            section.figures().forEach(f -> row(s, cells(f), widths));
        }
        return s.toString();
    }

    private static List<String> cells(FigureSheet.Figure f) {
        return List.of(cell(f.name()), cell(f.value()), cell(f.rule()));
    }

    private static void row(StringBuilder s, List<String> cells, int[] widths) {
        s.append('|');
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            s.append(' ').append(c).append(" ".repeat(widths[i] - width(c))).append(" |");
        }
        s.append('\n');
    }

    /** A name such as "A | B Partners" must not end its cell early. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
