package com.closingset.review;

import java.util.List;

/**
 * A figure sheet as JSON, written by hand: the shape is fixed and small, and every value is a string
 * (amounts as exact decimals, never floating point), so escaping strings is all there is to get right.
 * Output is ASCII only (other characters as {@code \}{@code uXXXX}) so no terminal encoding can garble it.
 */
public final class FigureJson {

    private FigureJson() {
    }

    public static String render(FigureSheet sheet) {
        StringBuilder s = new StringBuilder("{\n");
        s.append("  \"deal\": ").append(string(sheet.dealId())).append(",\n");
        s.append("  \"name\": ").append(string(sheet.dealName())).append(",\n");
        s.append("  \"sections\": [");
        List<FigureSheet.Section> sections = sheet.sections();
        for (int i = 0; i < sections.size(); i++) {
            FigureSheet.Section section = sections.get(i);
            s.append(i == 0 ? "\n" : ",\n").append("    {\n");
            s.append("      \"title\": ").append(string(section.title())).append(",\n");
            section.item().ifPresent(item -> s.append("      ").append(string(item.noun())).append(": {\"number\": ")
                    .append(item.number()).append(item.name().map(n -> ", \"name\": " + string(n)).orElse("")).append("},\n"));
            s.append("      \"figures\": [");
            List<FigureSheet.Figure> figures = section.figures();
            for (int j = 0; j < figures.size(); j++) {
                FigureSheet.Figure f = figures.get(j);
                s.append(j == 0 ? "\n" : ",\n").append("        {\"name\": ").append(string(f.name()))
                        .append(", \"value\": ").append(string(f.value()))
                        .append(", \"exact\": ").append(string(f.exact()))
                        .append(", \"rule\": ").append(string(f.rule())).append('}');
            }
            s.append("\n      ]\n    }");
        }
        return s.append("\n  ]\n}\n").toString();
    }

    static String string(String text) {
        return com.closingset.kit.JsonString.of(text);
    }
}
