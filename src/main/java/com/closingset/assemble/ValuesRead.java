package com.closingset.assemble;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A map of the model (the deal's values, its figures) as one document's template reads it: each
 * key asked for is noted, and whatever reads the map whole (its keys, its size, its entries, the map
 * handed to a method) notes all of it. Every read of a template goes through these methods, whether
 * FreeMarker's or a wording helper's, so what is noted is all that the document can depend on.
 * Read-only, as the map it shows.
 */
final class ValuesRead implements Map<String, Object> {
    private final Map<String, Object> values;
    private final Set<Object> keys = new HashSet<>();
    private boolean whole;

    ValuesRead(Map<String, Object> values) {
        this.values = values;
    }

    /** What was read, against the values it was read from. */
    record Reading(Map<String, Object> values, Set<Object> keys, boolean whole) {
        /** Whether {@code now} gives every value this reading read as it was. */
        boolean holdsFor(Map<String, Object> now) {
            if (whole) {
                return values.equals(now);
            }
            for (Object key : keys) {
                if (!Objects.equals(values.get(key), now.get(key)) || values.containsKey(key) != now.containsKey(key)) {
                    return false;
                }
            }
            return true;
        }
    }

    Reading reading() {
        return new Reading(values, Set.copyOf(keys), whole);
    }

    @Override
    public Object get(Object key) {
        keys.add(key);
        return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        keys.add(key);
        return values.containsKey(key);
    }

    @Override
    public Object getOrDefault(Object key, Object fallback) {
        keys.add(key);
        return values.getOrDefault(key, fallback);
    }

    private Map<String, Object> whole() {
        whole = true;
        return values;
    }

    @Override
    public int size() {
        return whole().size();
    }

    @Override
    public boolean isEmpty() {
        return whole().isEmpty();
    }

    @Override
    public boolean containsValue(Object value) {
        return whole().containsValue(value);
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(whole().keySet());
    }

    @Override
    public Collection<Object> values() {
        return Collections.unmodifiableCollection(whole().values());
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return Collections.unmodifiableMap(whole()).entrySet();
    }

    @Override
    public boolean equals(Object other) {
        return whole().equals(other);
    }

    @Override
    public int hashCode() {
        return whole().hashCode();
    }

    @Override
    public String toString() {
        return whole().toString();
    }

    @Override
    public Object put(String key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object remove(Object key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }
}
