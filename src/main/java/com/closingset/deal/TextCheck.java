package com.closingset.deal;

import com.closingset.kit.Kit;
import java.util.Optional;

/**
 * What a later stage can say of a deal's text before the deal is used: the PDF's fonts, that a
 * character of it has no glyph. Asked of every text of the deal once it is read, so the problem is
 * reported at the field's line and column rather than in a document made from it.
 */
@FunctionalInterface
public interface TextCheck {
    TextCheck NONE = (kit, text) -> Optional.empty();

    /** What is wrong with {@code text} in a deal of {@code kit}; empty when nothing is. */
    Optional<String> problem(Kit kit, String text);
}
