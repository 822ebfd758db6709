package com.closingset.kit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a figure is rounded, as a kit writes it: {@code cents, half-up}; {@code nearest 100,000, half-up};
 * {@code whole shares, down}; {@code whole percent, half-up}; {@code 4 places, half-even}; the mode may
 * be a choice of the deal ({@code whole shares, as offering.rounding}); {@code exact} rounds nothing.
 * The words the figure sheet states are made here and nowhere else ({@link #words}).
 *
 * @param scale     decimal places kept, when rounding to a number of places
 * @param step      the multiple rounded to ({@code 100000}), when rounding to the nearest multiple
 * @param unit      the unit in words: "the cent", "a whole share", "the nearest 100,000"
 * @param mode      the rounding mode, when the kit states it
 * @param modeField the deal's choice field that gives the mode, when the deal states it
 */
public record Rounding(int scale, Optional<BigDecimal> step, String unit, Optional<RoundingMode> mode,
                       Optional<String> modeField, boolean exact) {

    /** Mode names as kits and deals write them. */
    public static final Map<String, RoundingMode> MODES = Map.of(
            "half-up", RoundingMode.HALF_UP, "half-down", RoundingMode.HALF_DOWN, "half-even", RoundingMode.HALF_EVEN,
            "up", RoundingMode.UP, "down", RoundingMode.DOWN);
    private static final Pattern PLACES = Pattern.compile("([0-9]) (?:decimal )?places?");
    private static final Pattern NEAREST = Pattern.compile("nearest ([0-9][0-9,]*)");
    private static final List<String> UNITS = List.of("cents", "whole dollars", "whole shares", "whole number",
            "whole percent", "N places", "nearest N");

    public static Rounding exactly() {
        return new Rounding(0, Optional.empty(), "", Optional.empty(), Optional.empty(), true);
    }

    /** Reads a rounding as a kit writes it; the exception says what was expected. */
    public static Rounding parse(String text) throws FormulaException {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("exact")) {
            return exactly();
        }
        int comma = t.lastIndexOf(',');
        if (comma < 0) {
            throw new FormulaException("expected a rounding like \"cents, half-up\" (a unit, a comma, a mode), got \"" + text + "\"");
        }
        String unitText = t.substring(0, comma).trim();
        String modeText = t.substring(comma + 1).trim();
        Optional<RoundingMode> mode = Optional.empty();
        Optional<String> modeField = Optional.empty();
        if (modeText.startsWith("as ")) {
            modeField = Optional.of(modeText.substring(3).trim());
        } else if (MODES.containsKey(modeText)) {
            mode = Optional.of(MODES.get(modeText));
        } else {
            throw new FormulaException("expected a rounding mode (" + String.join(", ", MODES.keySet().stream().sorted().toList())
                    + ", or \"as\" a choice of the deal), got \"" + modeText + "\"");
        }
        Matcher places = PLACES.matcher(unitText);
        Matcher nearest = NEAREST.matcher(unitText);
        int scale = 0;
        Optional<BigDecimal> step = Optional.empty();
        String unit;
        switch (unitText) {
            case "cents" -> { scale = 2; unit = "the cent"; }
            case "whole dollars" -> unit = "the dollar";
            case "whole shares" -> unit = "a whole share";
            case "whole number" -> unit = "a whole number";
            case "whole percent" -> { scale = 2; unit = "a whole percent"; }
            default -> {
                if (places.matches()) {
                    scale = Integer.parseInt(places.group(1));
                    unit = scale + " decimal place" + (scale == 1 ? "" : "s");
                } else if (nearest.matches()) {
                    step = Optional.of(new BigDecimal(nearest.group(1).replace(",", "")));
                    if (step.get().signum() == 0) {
                        throw new FormulaException("expected a multiple above zero to round to, got \"" + unitText + "\"");
                    }
                    unit = "the nearest " + nearest.group(1);
                } else {
                    throw new FormulaException("expected a rounding unit (" + String.join(", ", UNITS) + "), got \"" + unitText + "\"");
                }
            }
        }
        return new Rounding(scale, step, unit, mode, modeField, false);
    }

    /** {@code value} rounded with {@code mode} (the kit's, or the deal's when the kit says "as"). */
    public BigDecimal apply(BigDecimal value, RoundingMode mode) {
        if (exact) {
            return value;
        }
        return step.map(s -> value.divide(s, 0, mode).multiply(s)).orElseGet(() -> value.setScale(scale, mode));
    }

    /**
     * The rounding in words, as the figure sheet ends a rule with it: "half-up to the cent", "rounded down
     * to a whole share", "half-up to the nearest $100,000" (an amount's multiple is in dollars), "exact".
     */
    public String words(RoundingMode mode, boolean dollars) {
        return words(mode, dollars, false);
    }

    /**
     * As {@link #words(RoundingMode, boolean)}; a {@code rate}'s places are said in percent, as its
     * documents print it: 4 places of 0.0177 are "a hundredth of a percent".
     */
    public String words(RoundingMode mode, boolean dollars, boolean rate) {
        if (exact) {
            return "exact";
        }
        String how = switch (mode) {
            case HALF_UP -> "half-up";
            case HALF_DOWN -> "half-down";
            case HALF_EVEN -> "half-even";
            case UP -> "rounded up";
            case DOWN -> "rounded down";
            case CEILING -> "rounded toward positive infinity";
            case FLOOR -> "rounded toward negative infinity";
            case UNNECESSARY -> "exact";
        };
        String u = dollars && step.isPresent() ? unit.replace("nearest ", "nearest $") : unit;
        if (rate && step.isEmpty() && !u.equals("a whole percent")) {
            u = switch (scale) {
                case 2 -> "a whole percent";
                case 3 -> "a tenth of a percent";
                case 4 -> "a hundredth of a percent";
                default -> scale < 2 ? "a multiple of " + BigDecimal.ONE.movePointRight(2 - scale) + " percent"
                        : (scale - 2) + " decimal places of a percent";
            };
        }
        return how + " to " + u;
    }
}
