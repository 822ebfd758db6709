package com.closingset.kit;

import java.util.Map;
import java.util.Optional;

/** A value of a deal (maps of field names, lists, plain values) found by its dotted path: {@code offering.shares}. */
public final class ValuePath {
    private ValuePath() {
    }

    /** The value at {@code path} in {@code values}; empty when a field on the way is not given. */
    public static Optional<Object> of(Map<String, ?> values, String path) {
        Object at = values;
        for (String part : path.split("\\.")) {
            if (!(at instanceof Map<?, ?> m) || m.get(part) == null) {
                return Optional.empty();
            }
            at = m.get(part);
        }
        return Optional.of(at);
    }
}
