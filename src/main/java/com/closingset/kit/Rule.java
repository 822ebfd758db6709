package com.closingset.kit;

import java.util.List;
import java.util.Optional;

/**
 * A check across fields that a deal must pass, with the message a deal that fails it gets.
 *
 * @param each      the list whose every item is checked (the item in scope under {@code noun}), if any
 * @param whenGiven the rule applies only when the deal gives this optional field
 * @param whenMissing the rule applies only when the deal leaves out all of these optional fields
 * @param check     a formula that is true for a good deal
 * @param at        the field the message points at (its line and column)
 * @param message   the message, with {@code {path}} for values: dates as 2007-01-18, rates as 50%, numbers plain
 */
public record Rule(Optional<String> each, String noun, Optional<String> whenGiven, List<String> whenMissing, Formula check, String at,
                   String message, String where) {

    public Rule {
        whenMissing = List.copyOf(whenMissing);
    }
}
