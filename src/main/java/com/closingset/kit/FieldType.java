package com.closingset.kit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of value a kit's schema can ask of a deal file, each with the name a kit writes
 * ({@code type: whole number}) and how a deal file writes it. Record types (address, party and a
 * kit's own) are groups of fields; see {@link Field}.
 */
public enum FieldType {
    TEXT("text", "text"),
    /** A list of paragraphs of running text, each an item. */
    PARAGRAPHS("paragraphs", "text"),
    /** Above zero, written with or without thousands separators: {@code 40,000,000}; with {@code max}, a bounded count. */
    WHOLE_NUMBER("whole number", "a whole number"),
    /** Dollars above zero with at most {@code decimals} places: {@code 1.14}, {@code 45,600,000}, {@code 5.7 million}. */
    AMOUNT("amount", "an amount"),
    /** A percentage, {@code 4.8%}, held as the fraction 0.048. */
    RATE("rate", "a percentage"),
    DATE("date", "a date like 2007-01-18"),
    /** A time of day, 24-hour: {@code "13:45"}. */
    TIME("time of day", "a time like \"13:45\""),
    TIME_ZONE("time zone", "a time zone like America/New_York"),
    DAYS("days", "a whole number of days"),
    YEARS("years", "a whole number of years"),
    YES_NO("yes/no", "yes or no"),
    CHOICE("choice", "one of the listed values"),
    GROUP("group", "a group of fields"),
    LIST("list", "a list");

    private final String word;
    private final String expected;

    FieldType(String word, String expected) {
        this.word = word;
        this.expected = expected;
    }

    /** The name a kit writes. */
    public String word() {
        return word;
    }

    /** What a deal file should hold, as a message says it. */
    public String expected() {
        return expected;
    }

    public boolean isScalar() {
        return this != GROUP && this != LIST && this != PARAGRAPHS;
    }

    public static Optional<FieldType> named(String word) {
        return Arrays.stream(values()).filter(t -> t.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(FieldType::word).toList();
    }
}
