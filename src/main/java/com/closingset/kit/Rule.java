package com.closingset.kit;

import java.util.Optional;

/**
 * A check across fields that a deal must pass, with the message a deal that fails it gets.
 *
 * @param each      the list whose every item is checked (the item in scope under {@code noun}), if any
 * @param whenGiven the rule applies only when the deal gives this optional field
 * @param whenMissing the rule applies only when the deal leaves out these optional fields (comma-separated: all of them)
 * @param check     a formula that is true for a good deal
 * @param at        the field the message points at (its line and column)
 * @param message   the message, with {@code {path}} for values: dates as 2007-01-18, rates as 50%, numbers plain
 */
public record Rule(Optional<String> each, String noun, Optional<String> whenGiven, Optional<String> whenMissing, Formula check, String at,
                   String message, String where) {

    /** The fields whose absence makes the rule apply. */
    public java.util.List<String> missing() {
        return whenMissing.map(w -> java.util.Arrays.stream(w.split(",")).map(String::strip).toList()).orElse(java.util.List.of());
    }
}
