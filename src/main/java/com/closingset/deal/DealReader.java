package com.closingset.deal;

import com.closingset.kit.Field;
import com.closingset.kit.FieldType;
import com.closingset.kit.Kit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the composed YAML of a deal file as its kit's schema says, field by field: each value as its
 * type, optional fields as absent (optional lists as empty), defaults filled in. Every value's line
 * and column is kept by path, so a rule broken later still points at the field it is about.
 */
final class DealReader {
    private final Map<String, int[]> positions = new HashMap<>();

    /** Where each value was read: path ({@code investors[1].shares}) to line and column. */
    Map<String, int[]> positions() {
        return positions;
    }

    /** What is done with the deal read so far, after each of its sections is read. */
    interface SectionRead {
        /** {@code section} has just been read; {@code soFar} holds it and those before it, named in {@code sections}. */
        void read(String section, Map<String, Object> soFar, Set<String> sections) throws InputException;
    }

    /**
     * The deal's values: an unmodifiable map of section names to their values. After each section (a
     * field of the file's top level) is read, {@code after} sees the deal read so far, so problems
     * across fields are found in reading order.
     */
    Map<String, Object> read(YamlMapping top, Kit kit, SectionRead after) throws InputException {
        top.has("kit");
        Map<String, Object> out = new LinkedHashMap<>();
        Set<String> read = new java.util.LinkedHashSet<>();
        positions.put("", top.position());
        for (Field f : kit.schema().fields()) {
            if (!f.required() && !top.has(f.name())) {
                absent(f, out);
            } else {
                positions.put(f.name(), top.position(f.name()));
                out.put(f.name(), value(top, f));
            }
            read.add(f.name());
            after.read(f.name(), Collections.unmodifiableMap(out), Collections.unmodifiableSet(read));
        }
        return Collections.unmodifiableMap(out);
    }

    private Map<String, Object> group(YamlMapping m, Field group) throws InputException {
        positions.put(m.path(), m.position());
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field f : group.fields()) {
            if (!f.required() && !m.has(f.name())) {
                absent(f, out);
                continue;
            }
            positions.put(join(m.path(), f.name()), m.position(f.name()));
            out.put(f.name(), value(m, f));
        }
        for (Field f : group.fields()) {
            if (f.defaultFrom().isPresent() && !out.containsKey(f.name()) && out.containsKey(f.defaultFrom().get())) {
                out.put(f.name(), out.get(f.defaultFrom().get()));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static void absent(Field f, Map<String, Object> out) throws InputException {
        if (f.type() == FieldType.LIST || f.type() == FieldType.PARAGRAPHS) {
            out.put(f.name(), List.of());
        } else if (f.defaultText().isPresent()) {
            out.put(f.name(), f.defaultValue());
        }
    }

    private Object value(YamlMapping m, Field f) throws InputException {
        return switch (f.type()) {
            case GROUP -> m.group(f.name(), g -> group(g, f));
            case LIST -> f.of().isPresent() ? scalars(m, f) : records(m, f);
            case PARAGRAPHS -> scalars(m, f);
            default -> scalar(m.scalar(f.name(), expected(f)), f);
        };
    }

    private List<Object> scalars(YamlMapping m, Field f) throws InputException {
        Field item = f.of().orElseThrow();
        List<Object> out = new ArrayList<>();
        Object previous = null;
        for (YamlScalar s : m.scalars(f.name(), expected(item))) {
            positions.put(s.path(), new int[] {s.line(), s.column()});
            Object v = scalar(s, item);
            if (f.increasing() && previous != null && ((Comparable<Object>) previous).compareTo(v) >= 0) {
                throw m.error(f.name(), "expected " + f.itemNoun() + "s in order, each once, got " + previous + " then " + v);
            }
            out.add(v);
            previous = v;
        }
        return List.copyOf(out);
    }

    private List<Object> records(YamlMapping m, Field f) throws InputException {
        Map<String, String> seen = new HashMap<>();
        List<Object> out = new ArrayList<>();
        m.groups(f.name(), item -> {
            Map<String, Object> values = new LinkedHashMap<>(group(item, f));
            if (f.unique().isPresent() && values.get(f.unique().get()) instanceof String key) {
                String earlier = seen.putIfAbsent(TextValues.identity(key), key);
                if (earlier != null) {
                    throw item.error(f.unique().get(), "the " + f.itemNoun() + " " + YamlScalar.quote(key) + " is listed twice"
                            + (earlier.equals(key) ? "" : " (as " + YamlScalar.quote(earlier) + " before: the same name but for"
                            + " case, spacing or width)") + "; list each " + f.itemNoun() + " once");
                }
            }
            values.put("number", (long) out.size() + 1);
            out.add(Collections.unmodifiableMap(values));
            return null;
        });
        return List.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    private static Object scalar(YamlScalar s, Field f) throws InputException {
        return switch (f.type()) {
            case TEXT -> withinLength(s, f, f.pattern().isPresent() ? s.matching(f.pattern().get(), f.expected()) : s.prose());
            case WHOLE_NUMBER, DAYS, YEARS -> f.bounded() ? s.integer(f.min(), f.max()) : s.count(f.example());
            case AMOUNT -> s.amount(f.decimals(), f.example());
            case RATE -> s.percent(f.example());
            case DATE -> s.date();
            case TIME -> s.time();
            case TIME_ZONE -> s.zone();
            case YES_NO -> s.yesNo();
            case CHOICE -> s.choice(f.choices());
            default -> throw new IllegalStateException(f.type() + " is not a plain value");
        };
    }

    /** {@code text}, unless it holds more characters than the field's {@code max_length}. */
    private static String withinLength(YamlScalar s, Field f, String text) throws InputException {
        int length = text.codePointCount(0, text.length());
        if (f.maxLength().isPresent() && length > f.maxLength().getAsInt()) {
            throw s.error(String.format(Locale.ROOT, "expected %s of at most %,d characters, got %,d", f.expected(),
                    f.maxLength().getAsInt(), length));
        }
        return text;
    }

    /** What a message says a field should hold, when it holds something else entirely (a list, a group). */
    private static String expected(Field f) {
        return switch (f.type()) {
            case TEXT -> "text";
            case AMOUNT -> "an amount like " + f.example();
            case RATE -> "a percentage like " + f.example();
            case WHOLE_NUMBER, DAYS, YEARS -> f.bounded() ? "a whole number from " + f.min() + " to " + f.max()
                    : "a whole number like " + f.example();
            case CHOICE -> "one of " + String.join(", ", f.choices());
            default -> f.type().expected();
        };
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
