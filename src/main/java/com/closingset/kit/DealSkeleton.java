package com.closingset.kit;

import java.util.List;

/**
 * A new deal file for a kit, to fill in: every field of the schema in order, with its description and
 * an example as a comment, required fields left empty (so a build before they are filled names each),
 * optional ones commented out, a list with one item to copy. Its first line names the kit's JSON
 * Schema for editors.
 */
public final class DealSkeleton {
    private DealSkeleton() {
    }

    /** @param schemaPath the JSON Schema's path as seen from the new file ({@code ../templates/k/deal.schema.json}) */
    public static String of(Kit kit, String schemaPath) {
        StringBuilder s = new StringBuilder();
        s.append("# yaml-language-server: $schema=").append(schemaPath).append('\n');
        s.append("# A new deal of the ").append(kit.name()).append(" kit: ").append(kit.description()).append('\n');
        s.append("# Fill in every field marked (required); uncomment the optional ones the deal has.\n");
        s.append("# Amounts are written 1.14, 45,600,000 or 5.7 million; rates 4.8%; dates 2007-01-18.\n\n");
        s.append("kit: ").append(kit.name()).append('\n');
        fields(s, kit.schema().fields(), "", "", false);
        return s.toString();
    }

    private static void fields(StringBuilder s, List<Field> fields, String indent, String firstIndent, boolean commented) {
        boolean first = true;
        for (Field f : fields) {
            String lead = first ? firstIndent : indent;
            first = false;
            boolean off = commented || !f.required();
            if (indent.isEmpty()) {
                s.append('\n');
            }
            s.append(indent).append("# ").append(f.description()).append(f.required() ? " (required)" : f.defaultText()
                    .map(d -> " (optional; default " + d + ")").or(() -> f.defaultFrom().map(d -> " (optional; default: " + d + ")"))
                    .orElse(" (optional)"));
            if (!f.example().isEmpty() && f.type() != FieldType.GROUP && !f.isListOfRecords()) {
                s.append(" Example: ").append(f.example());
            }
            if (f.type() == FieldType.CHOICE) {
                s.append(" One of: ").append(String.join(", ", f.choices()));
            }
            s.append('\n');
            // "# " goes before a list item's dash: "  # - name:".
            String spaces = lead.substring(0, lead.length() - lead.stripLeading().length());
            String key = spaces + (off ? "# " : "") + lead.stripLeading() + f.name() + ":";
            if (f.type() == FieldType.GROUP) {
                s.append(key).append('\n');
                fields(s, f.fields(), indent + "  ", indent + "  ", off);
            } else if (f.isListOfRecords()) {
                s.append(key).append('\n');
                String item = indent + "  ";
                fields(s, f.fields(), item + "  ", item + "- ", off);
            } else if (f.type() == FieldType.LIST || f.type() == FieldType.PARAGRAPHS) {
                s.append(key).append('\n').append(indent).append("  ").append(off ? "# " : "").append("- \n");
            } else {
                s.append(key).append('\n');
            }
        }
    }
}
