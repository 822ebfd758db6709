package com.closingset.kit;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One figure a kit declares: a formula over the deal's fields and earlier figures, or the sum of a
 * field over a list's items, with its rounding and bounds, and how the figure sheet names, prints
 * and explains it.
 *
 * @param key      the figure's name in templates and formulas ({@code figures.gross_proceeds})
 * @param name     its name on the figure sheet ("gross proceeds")
 * @param type     amount, whole number, rate, date or text
 * @param formula  the formula, unless the figure is a {@code sum}
 * @param sum      the list and the field of its items summed ({@code investors.shares}), unless a formula
 * @param rounding how the result is rounded ({@link Rounding#exactly()} when the kit states none)
 * @param stated   whether the kit states a rounding (the figure sheet then says it in words)
 * @param rule     the rule in words as the kit states it: a one-line FreeMarker template; the rounding's
 *                 words follow it on the figure sheet
 * @param shown    how the figure sheet prints the value: a one-line template with {@code value}, when not
 *                 the type's usual wording
 * @param section  the figure sheet's section that lists it
 */
public record FigureDeclaration(
        String key,
        String name,
        FieldType type,
        Optional<Formula> formula,
        Optional<String> sum,
        Rounding rounding,
        boolean stated,
        Optional<BigDecimal> atLeast,
        Optional<BigDecimal> atMost,
        String rule,
        Optional<String> shown,
        String section) implements FigureEntry {
}
