package com.closingset.pdf;

/**
 * A list item's bullet or number, hung in a gutter of {@code gutter} points to the left of the
 * item's text.
 */
record ListMarker(String text, float gutter) {
}
