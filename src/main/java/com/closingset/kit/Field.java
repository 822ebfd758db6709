package com.closingset.kit;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * One field of a kit's deal schema: its type, whether a deal must give it, its bounds, and the
 * one-line description that editors, {@code closingset schema} and {@code closingset init} show.
 *
 * @param name        the key in the deal file ({@code price_per_unit})
 * @param description one line for whoever fills the field in
 * @param required    a deal file must give it (else it is optional, or has a default)
 * @param defaultText the value a missing optional field takes, written as a deal file would write it
 * @param defaultFrom the sibling field whose value a missing optional field takes ({@code short_name} from {@code name})
 * @param min         the least value of a number (whole numbers, days, years)
 * @param max         the greatest value of a number; a whole number without one is a count above zero
 * @param decimals    the most decimal places of an amount
 * @param example     a value as a deal file writes it, for messages, the skeleton and editors
 * @param choices     the values of a choice
 * @param fields      the fields of a group, or of each item of a list of records
 * @param of          the type of each item of a list of plain values ({@code text}, {@code whole number}, ...)
 * @param itemNoun    what one item of a list is called ({@code investor}): in messages, and as the item's name
 *                    in formulas, rules and repeated documents
 * @param unique      the field of a list's items that no two items may share (compared ignoring case)
 * @param pattern     the pattern a text must match in full, and {@code expected} words for it
 * @param maxLength   the most characters (code points) a text may hold, and {@code expected} words for
 *                    what it holds ({@code a name}); a name longer than any real one is a mistake, and
 *                    one the documents are laid out for
 * @param increasing  a list of whole numbers must be in increasing order, each once
 */
public record Field(
        String name,
        FieldType type,
        String description,
        boolean required,
        Optional<String> defaultText,
        Optional<String> defaultFrom,
        long min,
        long max,
        int decimals,
        String example,
        List<String> choices,
        List<Field> fields,
        Optional<Field> of,
        String itemNoun,
        Optional<String> unique,
        Optional<Pattern> pattern,
        OptionalInt maxLength,
        String expected,
        boolean increasing) {

    /** The names a list item carries besides its own fields: its place in the list and its figures. */
    public static final List<String> ITEM_NAMES = List.of("number", "figures");

    public Field {
        choices = List.copyOf(choices);
        fields = List.copyOf(fields);
    }

    public Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.name.equals(key)).findFirst();
    }

    /** The field at a dotted path below this one ({@code offering.shares}, {@code investors.address.city}). */
    public Optional<Field> at(String path) {
        Optional<Field> at = Optional.of(this);
        for (String part : path.split("\\.")) {
            at = at.flatMap(f -> f.field(part));
        }
        return at;
    }

    /** A list whose items are groups of fields (investors), not plain values (trademarks). */
    public boolean isListOfRecords() {
        return type == FieldType.LIST && of.isEmpty();
    }

    /** Whether a number field is bounded above, as a count of days or a quarter is, rather than a count of shares. */
    public boolean bounded() {
        return max != Long.MAX_VALUE;
    }

    /**
     * The value a missing optional field takes, read from {@link #defaultText} as its type reads it
     * (the kit loader has checked it reads); empty when the field has no default.
     */
    public Object defaultValue() {
        String text = defaultText.orElseThrow().trim();
        return switch (type) {
            case WHOLE_NUMBER, DAYS, YEARS -> Long.parseLong(text.replace(",", ""));
            case AMOUNT -> new java.math.BigDecimal(text.replace(",", ""));
            case RATE -> new java.math.BigDecimal(text.replace("%", "").trim()).movePointLeft(2).stripTrailingZeros();
            case YES_NO -> switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case "yes", "true" -> true;
                case "no", "false" -> false;
                default -> throw new IllegalArgumentException("expected yes or no");
            };
            case DATE -> java.time.LocalDate.parse(text);
            case TIME -> java.time.LocalTime.parse(text);
            case TIME_ZONE -> java.time.ZoneId.of(text);
            case CHOICE -> choices.stream().filter(text::equals).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("expected one of " + String.join(", ", choices)));
            case TEXT -> defaultText.orElseThrow();
            default -> throw new IllegalArgumentException("a " + type.word() + " has no default; leave it out to make it empty");
        };
    }
}
