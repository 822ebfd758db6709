package com.closingset.assemble;

import java.util.Map;

/**
 * The item of a list a repeated document is for: one investor, one director.
 *
 * @param list   the list's path in the deal ({@code investors})
 * @param number the item's place in the list, from 1
 * @param values the item's fields, its {@code number} and its {@code figures}, as templates see them
 */
public record Item(String list, int number, Map<String, Object> values) {
}
