package com.closingset.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One plain value of a hand-edited YAML file (a field's value or a list item), read as the type a
 * schema expects, with every problem reported at its line and column and in the words a lawyer uses.
 */
public final class YamlScalar {
    private static final Pattern AMOUNT = Pattern.compile(
            "\\$?\\s*((?:[0-9]{1,3}(?:,[0-9]{3})+)|[0-9]+)(\\.[0-9]+)?(\\s+million)?");
    private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*%");
    private static final Pattern WHOLE = Pattern.compile("(?:[0-9]{1,3}(?:,[0-9]{3})+)|[0-9]+");
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String file;
    private final String path;
    private final ScalarNode node;

    YamlScalar(String file, String path, ScalarNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    public String path() {
        return path;
    }

    /** Line (from 1) of the value. */
    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    /** Column (from 1) of the value. */
    public int column() {
        return node.getStartMark().getColumn() + 1;
    }

    public String text() {
        return node.getValue();
    }

    /**
     * The value as a deal's text, which may hold no character that shows as nothing or reorders what
     * follows (a control, a bidirectional override, a zero-width space): each would make the name in
     * a document other than the one a reader sees.
     */
    public String prose() throws InputException {
        String value = text();
        java.util.OptionalInt unseen = TextValues.unseen(value);
        if (unseen.isPresent()) {
            throw error("the text holds " + TextValues.describe(unseen.getAsInt()) + ", which does not show on the page"
                    + " but changes the text; remove it");
        }
        return value;
    }

    public InputException error(String problem) {
        return new InputException(file, line(), column(), path, problem);
    }

    /** A dollar amount such as {@code 1.14}, {@code $45,600,000} or {@code 5.7 million}, above zero. */
    public BigDecimal amount(int maxDecimals, String example) throws InputException {
        String raw = text();
        Matcher m = AMOUNT.matcher(raw.trim());
        if (!m.matches()) {
            String problem = raw.trim().startsWith("-") ? "expected a positive amount like " : "expected an amount like ";
            throw error(problem + example + ", got " + quote(raw));
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
        if (m.group(3) != null) {
            value = value.multiply(MILLION);
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        if (value.scale() > maxDecimals) {
            throw error("expected at most " + maxDecimals + " decimal places (like " + example + "), got " + quote(raw));
        }
        if (value.signum() == 0) {
            throw error("expected an amount above zero, got " + quote(raw));
        }
        return value;
    }

    /** A rate written as a percentage, {@code 4.8%}, returned as the fraction 0.048. */
    public BigDecimal percent(String example) throws InputException {
        String raw = text();
        Matcher m = PERCENT.matcher(raw.trim());
        if (!m.matches()) {
            throw error("expected a percentage like " + example + ", got " + quote(raw));
        }
        BigDecimal value = new BigDecimal(m.group(1));
        if (value.signum() == 0 || value.compareTo(HUNDRED) > 0) {
            throw error("expected a percentage above 0% and at most 100%, got " + quote(raw));
        }
        return value.divide(HUNDRED).stripTrailingZeros();
    }

    /** A whole count above zero such as a number of shares: {@code 40000000} or {@code 40,000,000}. */
    public long count(String example) throws InputException {
        String raw = text();
        String trimmed = raw.trim();
        if (!WHOLE.matcher(trimmed).matches()) {
            throw error("expected a whole number above zero like " + example + ", got " + quote(raw));
        }
        try {
            long value = Long.parseLong(trimmed.replace(",", ""));
            if (value <= 0) {
                throw error("expected a whole number above zero like " + example + ", got " + quote(raw));
            }
            return value;
        } catch (NumberFormatException e) {
            throw error("expected a whole number like " + example + ", got a number too large: " + quote(raw));
        }
    }

    /** A whole number in a range, such as a count of days: {@code 90}, {@code 1,000}. */
    public long integer(long min, long max) throws InputException {
        String raw = text();
        long value;
        try {
            if (!WHOLE.matcher(raw.trim()).matches() && !raw.trim().startsWith("-")) {
                throw new NumberFormatException(raw);
            }
            value = Long.parseLong(raw.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            throw error("expected a whole number from " + min + " to " + max + ", got " + quote(raw));
        }
        if (value < min || value > max) {
            throw error("expected a whole number from " + min + " to " + max + ", got " + quote(raw));
        }
        return value;
    }

    /** A date of a deal: a real day, in a year from 1900 to 2199 (a year beyond is a typing slip). */
    public LocalDate date() throws InputException {
        LocalDate date;
        try {
            date = LocalDate.parse(text().trim());
        } catch (DateTimeParseException e) {
            throw error("expected a real date written like 2007-01-18, got " + quote(text()));
        }
        if (date.getYear() < 1900 || date.getYear() > 2199) {
            throw error("expected a date in a year from 1900 to 2199, got " + quote(text()));
        }
        return date;
    }

    public LocalTime time() throws InputException {
        try {
            return LocalTime.parse(text().trim());
        } catch (DateTimeParseException e) {
            throw error("expected a 24-hour time in quotes like \"13:45\", got " + quote(text()));
        }
    }

    public ZoneId zone() throws InputException {
        try {
            return ZoneId.of(text().trim());
        } catch (RuntimeException e) {
            throw error("expected a time zone like America/New_York, got " + quote(text()));
        }
    }

    public boolean yesNo() throws InputException {
        String raw = text().trim().toLowerCase(Locale.ROOT);
        return switch (raw) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw error("expected yes or no, got " + quote(text()));
        };
    }

    /** One of the listed values, as listed: {@code half-up} also read as {@code HALF_UP}. */
    public String choice(List<String> values) throws InputException {
        String raw = text().trim();
        for (String v : values) {
            if (v.equals(raw) || v.equalsIgnoreCase(raw.replace('_', '-'))) {
                return v;
            }
        }
        throw error("expected one of " + String.join(", ", values) + ", got " + quote(text()));
    }

    /** Text that must match {@code pattern} in full; {@code expected} says what that is, with an example. */
    public String matching(Pattern pattern, String expected) throws InputException {
        String value = text().strip();
        if (!pattern.matcher(value).matches()) {
            throw error("expected " + expected + ", got " + quote(value));
        }
        return value;
    }

    public static String quote(String raw) {
        String shown = raw.length() > 60 ? raw.substring(0, 57) + "..." : raw;
        return "\"" + shown.replace("\n", " ") + "\"";
    }
}
