package com.closingset.kit;

import java.util.ArrayList;
import java.util.List;

/**
 * A kit's deal schema as a JSON Schema (draft-07), the language YAML editors read: each field with
 * its type, bounds, choices, description and example, required fields listed, unknown fields
 * refused. Written by hand, ASCII only, in the schema's order, so the same kit gives the same bytes.
 * YAML writes some values a deal may hold as text ({@code 40,000,000}, {@code 5.7 million},
 * {@code 4.8%}): those types accept the text forms the loader reads, by pattern.
 */
public final class JsonSchema {
    /** The file beside kit.yaml that deal files name on their first line for editors. */
    public static final String FILE_NAME = "deal.schema.json";
    private static final String WHOLE = "^[0-9]{1,3}(,[0-9]{3})+$|^[0-9]+$";
    private static final String AMOUNT = "^\\$?\\s*([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\\.[0-9]+)?(\\s+million)?$";
    private static final String PERCENT = "^[0-9]+(\\.[0-9]+)?\\s*%$";
    private static final String TIME = "^([01]?[0-9]|2[0-3]):[0-5][0-9]$";
    private static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private JsonSchema() {
    }

    public static String of(Kit kit) {
        StringBuilder s = new StringBuilder("{\n");
        s.append("  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n");
        s.append("  \"title\": ").append(string("A deal of the " + kit.name() + " kit")).append(",\n");
        s.append("  \"description\": ").append(string(kit.description())).append(",\n");
        group(s, kit.schema(), List.of("  \"kit\": {\"description\": \"The deal's kit: its folder under templates/\", \"enum\": ["
                + string(kit.name()) + "]}"), "  ");
        return s.append("\n}\n").toString();
    }

    /** The members of an object schema for a group: type, properties, required, no others. */
    private static void group(StringBuilder s, Field group, List<String> extra, String indent) {
        s.append(indent).append("\"type\": \"object\",\n");
        s.append(indent).append("\"properties\": {\n");
        List<String> properties = new ArrayList<>();
        for (String e : extra) {
            properties.add(indent + e);
        }
        List<String> required = new ArrayList<>();
        for (Field f : group.fields()) {
            StringBuilder p = new StringBuilder(indent).append("  ").append(string(f.name())).append(": ");
            field(p, f, indent + "  ");
            properties.add(p.toString());
            if (f.required()) {
                required.add(string(f.name()));
            }
        }
        s.append(String.join(",\n", properties)).append("\n").append(indent).append("},\n");
        if (!required.isEmpty()) {
            s.append(indent).append("\"required\": [").append(String.join(", ", required)).append("],\n");
        }
        s.append(indent).append("\"additionalProperties\": false");
    }

    private static void field(StringBuilder s, Field f, String indent) {
        s.append("{\n");
        if (!f.description().isEmpty()) {
            s.append(indent).append("  \"description\": ").append(string(description(f))).append(",\n");
        }
        if (!f.example().isEmpty()) {
            s.append(indent).append("  \"examples\": [").append(string(unquoted(f.example()))).append("],\n");
        }
        value(s, f, indent + "  ");
        s.append("\n").append(indent).append("}");
    }

    private static String description(Field f) {
        String d = f.description();
        if (f.defaultText().isPresent()) {
            d += " (default: " + f.defaultText().get() + ")";
        } else if (f.defaultFrom().isPresent()) {
            d += " (default: " + f.defaultFrom().get() + ")";
        } else if (!f.required()) {
            d += " (optional)";
        }
        return d;
    }

    /** The type's own members, after description and examples. */
    private static void value(StringBuilder s, Field f, String indent) {
        switch (f.type()) {
            case GROUP -> group(s, f, List.of(), indent);
            case LIST, PARAGRAPHS -> {
                s.append(indent).append("\"type\": \"array\",\n").append(indent).append("\"minItems\": 1,\n");
                s.append(indent).append("\"items\": {\n");
                if (f.of().isPresent()) {
                    value(s, f.of().get(), indent + "  ");
                } else {
                    group(s, f, List.of(), indent + "  ");
                }
                s.append("\n").append(indent).append("}");
            }
            case TEXT -> s.append(indent).append("\"type\": \"string\"")
                    .append(f.pattern().map(p -> ",\n" + indent + "\"pattern\": " + string("^(?:" + p.pattern() + ")$")).orElse(""))
                    .append(f.maxLength().isPresent() ? ",\n" + indent + "\"maxLength\": " + f.maxLength().getAsInt() : "");
            case WHOLE_NUMBER, DAYS, YEARS -> {
                if (f.bounded()) {
                    s.append(indent).append("\"type\": \"integer\", \"minimum\": ").append(f.min()).append(", \"maximum\": ").append(f.max());
                } else {
                    s.append(indent).append("\"anyOf\": [{\"type\": \"integer\", \"minimum\": 1}, {\"type\": \"string\", \"pattern\": ")
                            .append(string(WHOLE)).append("}]");
                }
            }
            case AMOUNT -> s.append(indent).append("\"anyOf\": [{\"type\": \"number\", \"exclusiveMinimum\": 0}, {\"type\": \"string\", "
                    + "\"pattern\": ").append(string(AMOUNT)).append("}]");
            case RATE -> s.append(indent).append("\"type\": \"string\", \"pattern\": ").append(string(PERCENT));
            case DATE -> s.append(indent).append("\"type\": \"string\", \"format\": \"date\", \"pattern\": ").append(string(DATE));
            case TIME -> s.append(indent).append("\"type\": \"string\", \"pattern\": ").append(string(TIME));
            case TIME_ZONE -> s.append(indent).append("\"type\": \"string\"");
            case YES_NO -> s.append(indent).append("\"anyOf\": [{\"type\": \"boolean\"}, {\"enum\": [\"yes\", \"no\"]}]");
            case CHOICE -> s.append(indent).append("\"enum\": [")
                    .append(String.join(", ", f.choices().stream().map(JsonSchema::string).toList())).append("]");
        }
    }

    /** An example as a deal file writes it, without the quotes YAML needs around some: "91311" is 91311. */
    private static String unquoted(String example) {
        return example.length() > 1 && example.startsWith("\"") && example.endsWith("\"") ? example.substring(1, example.length() - 1) : example;
    }

    private static String string(String text) {
        return JsonString.of(text);
    }
}
