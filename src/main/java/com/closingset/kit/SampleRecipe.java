package com.closingset.kit;

import java.util.Map;

/**
 * How {@code closingset sample} makes a deal of any size for this kit: a base deal file, a list it
 * fills with generated items, and a field the items' total goes into.
 *
 * @param base       the base deal file in the kit's folder, with {@code ${id}}, {@code ${count}} and {@code ${total}} to fill
 * @param list       the list the generated items go into ({@code investors})
 * @param generators each item field and what makes it: organization name, person name, address, round lot
 * @param total      the item field whose sum {@code ${total}} is
 */
public record SampleRecipe(String base, String list, Map<String, String> generators, String total) {
    public SampleRecipe {
        generators = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(generators));
    }
}
