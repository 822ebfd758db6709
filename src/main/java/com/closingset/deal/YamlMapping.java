package com.closingset.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One mapping of a deal file, read field by field. It remembers which keys were asked for, so that
 * {@link #finish()} can reject the keys nobody reads (typos) with a "did you mean" hint, and it
 * reports every problem at the line and column of the offending value.
 */
public final class YamlMapping {
    private static final Pattern AMOUNT = Pattern.compile(
            "\\$?\\s*((?:[0-9]{1,3}(?:,[0-9]{3})+)|[0-9]+)(\\.[0-9]+)?(\\s+million)?");
    private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*%");
    private static final Pattern WHOLE = Pattern.compile("(?:[0-9]{1,3}(?:,[0-9]{3})+)|[0-9]+");
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String file;
    private final String path;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> asked = new LinkedHashSet<>();

    YamlMapping(String file, String path, Node node) throws DealException {
        this.file = file;
        this.path = path;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw at(node, path, "expected a group of fields (key: value lines), got " + describe(node));
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode key)) {
                throw at(keyNode, path, "expected a field name, got " + describe(keyNode));
            }
            NodeTuple first = entries.putIfAbsent(key.getValue(), tuple);
            if (first != null) {
                throw at(keyNode, join(key.getValue()), "duplicate field (first given at line "
                        + (first.getKeyNode().getStartMark().getLine() + 1) + "); give each field once");
            }
        }
    }

    public String path() {
        return path;
    }

    public boolean has(String key) {
        asked.add(key);
        NodeTuple tuple = entries.get(key);
        return tuple != null && !isNull(tuple.getValueNode());
    }

    public String text(String key) throws DealException {
        return scalar(key, "text");
    }

    public Optional<String> optionalText(String key) throws DealException {
        return has(key) ? Optional.of(text(key)) : Optional.empty();
    }

    public List<String> texts(String key) throws DealException {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (Node item : items(key)) {
            String itemPath = join(key) + "[" + i++ + "]";
            out.add(scalarText(item, itemPath, "text"));
        }
        return List.copyOf(out);
    }

    public YamlMapping mapping(String key) throws DealException {
        return new YamlMapping(file, join(key), required(key));
    }

    public List<YamlMapping> mappings(String key) throws DealException {
        List<YamlMapping> out = new ArrayList<>();
        int i = 0;
        for (Node item : items(key)) {
            out.add(new YamlMapping(file, join(key) + "[" + i++ + "]", item));
        }
        return out;
    }

    /** A dollar amount such as {@code 1.14}, {@code $45,600,000} or {@code 5.7 million}. */
    public BigDecimal amount(String key, int maxDecimals, String example) throws DealException {
        String raw = scalar(key, "an amount like " + example);
        Matcher m = AMOUNT.matcher(raw.trim());
        if (!m.matches()) {
            String problem = raw.trim().startsWith("-") ? "expected a positive amount like " : "expected an amount like ";
            throw error(key, problem + example + ", got " + quote(raw));
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
            throw error(key, "expected at most " + maxDecimals + " decimal places (like " + example + "), got " + quote(raw));
        }
        if (value.signum() == 0) {
            throw error(key, "expected an amount above zero, got " + quote(raw));
        }
        return value;
    }

    /** A rate written as a percentage, {@code 4.8%}, returned as the fraction 0.048. */
    public BigDecimal percent(String key, String example) throws DealException {
        String raw = scalar(key, "a percentage like " + example);
        Matcher m = PERCENT.matcher(raw.trim());
        if (!m.matches()) {
            throw error(key, "expected a percentage like " + example + ", got " + quote(raw));
        }
        BigDecimal value = new BigDecimal(m.group(1));
        if (value.signum() == 0 || value.compareTo(HUNDRED) > 0) {
            throw error(key, "expected a percentage above 0% and at most 100%, got " + quote(raw));
        }
        return value.divide(HUNDRED).stripTrailingZeros();
    }

    /** A whole count such as a number of shares: {@code 40000000} or {@code 40,000,000}. */
    public long count(String key, String example) throws DealException {
        String raw = scalar(key, "a whole number like " + example);
        String trimmed = raw.trim();
        if (!WHOLE.matcher(trimmed).matches()) {
            throw error(key, "expected a whole number above zero like " + example + ", got " + quote(raw));
        }
        try {
            long value = Long.parseLong(trimmed.replace(",", ""));
            if (value <= 0) {
                throw error(key, "expected a whole number above zero like " + example + ", got " + quote(raw));
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(key, "expected a whole number like " + example + ", got a number too large: " + quote(raw));
        }
    }

    public int integer(String key, int min, int max) throws DealException {
        long value;
        String raw = scalar(key, "a whole number from " + min + " to " + max);
        try {
            value = Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw error(key, "expected a whole number from " + min + " to " + max + ", got " + quote(raw));
        }
        if (value < min || value > max) {
            throw error(key, "expected a whole number from " + min + " to " + max + ", got " + quote(raw));
        }
        return (int) value;
    }

    public LocalDate date(String key) throws DealException {
        String raw = scalar(key, "a date like 2007-01-18");
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw error(key, "expected a real date written like 2007-01-18, got " + quote(raw));
        }
    }

    public LocalTime time(String key) throws DealException {
        String raw = scalar(key, "a time like \"13:45\"");
        try {
            return LocalTime.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw error(key, "expected a 24-hour time in quotes like \"13:45\", got " + quote(raw));
        }
    }

    public ZoneId zone(String key) throws DealException {
        String raw = scalar(key, "a time zone like America/New_York");
        try {
            return ZoneId.of(raw.trim());
        } catch (RuntimeException e) {
            throw error(key, "expected a time zone like America/New_York, got " + quote(raw));
        }
    }

    public <E extends Enum<E>> E choice(String key, Class<E> type) throws DealException {
        String raw = scalar(key, "one of " + choices(type));
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw error(key, "expected one of " + choices(type) + ", got " + quote(raw));
        }
    }

    /** Rejects the keys that no reader asked for: in a deal file they are typos, never extras. */
    public void finish() throws DealException {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!asked.contains(e.getKey())) {
                String hint = DidYouMean.closest(e.getKey(), asked)
                        .map(s -> "; did you mean \"" + s + "\"?")
                        .orElse("; known fields here: " + String.join(", ", asked));
                throw at(e.getValue().getKeyNode(), join(e.getKey()), "unknown field" + hint);
            }
        }
    }

    public DealException error(String key, String problem) {
        NodeTuple tuple = entries.get(key);
        return at(tuple == null ? node : tuple.getValueNode(), join(key), problem);
    }

    private String scalar(String key, String expected) throws DealException {
        return scalarText(required(key), join(key), expected);
    }

    private String scalarText(Node value, String valuePath, String expected) throws DealException {
        if (!(value instanceof ScalarNode scalar)) {
            throw at(value, valuePath, "expected " + expected + ", got " + describe(value));
        }
        if (isNull(value) || scalar.getValue().isBlank()) {
            throw at(value, valuePath, "expected " + expected + ", got nothing");
        }
        return scalar.getValue();
    }

    private List<Node> items(String key) throws DealException {
        Node value = required(key);
        if (!(value instanceof SequenceNode seq)) {
            throw at(value, join(key), "expected a list (lines starting with \"- \"), got " + describe(value));
        }
        if (seq.getValue().isEmpty()) {
            throw at(value, join(key), "expected at least one item, got an empty list");
        }
        return seq.getValue();
    }

    private Node required(String key) throws DealException {
        asked.add(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            // A misspelt required field is better reported where the misspelling is.
            for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
                if (!asked.contains(e.getKey()) && DidYouMean.closest(e.getKey(), List.of(key)).isPresent()) {
                    throw at(e.getValue().getKeyNode(), join(e.getKey()), "unknown field; did you mean \"" + key + "\"?");
                }
            }
            throw at(node, join(key), "required field is missing");
        }
        if (isNull(tuple.getValueNode())) {
            throw at(tuple.getValueNode(), join(key), "required field has no value");
        }
        return tuple.getValueNode();
    }

    private String join(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private DealException at(Node where, String wherePath, String problem) {
        Mark mark = where.getStartMark();
        return new DealException(file, mark.getLine() + 1, mark.getColumn() + 1, wherePath, problem);
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode && Tag.NULL.equals(value.getTag());
    }

    private static String describe(Node value) {
        if (value instanceof MappingNode) {
            return "a group of fields";
        }
        if (value instanceof SequenceNode) {
            return "a list";
        }
        return isNull(value) ? "nothing" : quote(((ScalarNode) value).getValue());
    }

    static String quote(String raw) {
        String shown = raw.length() > 60 ? raw.substring(0, 57) + "..." : raw;
        return "\"" + shown.replace("\n", " ") + "\"";
    }

    private static <E extends Enum<E>> String choices(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return String.join(", ", names);
    }
}
