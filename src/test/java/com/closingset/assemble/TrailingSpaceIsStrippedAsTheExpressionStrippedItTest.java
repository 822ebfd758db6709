package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The cleanup strips the spaces and tabs that end a line with a loop, for speed: it strips exactly
 * what {@code [ \t]+$} (multiline) stripped, before every kind of line end and at the end of the text.
 */
class TrailingSpaceIsStrippedAsTheExpressionStrippedItTest {
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+$", Pattern.MULTILINE);

    @Property(tries = 2000, seed = "20070118")
    void theLoopStripsWhatTheExpressionStripped(@ForAll("texts") String text) {
        assertThat(MarkdownCleanup.withoutTrailingSpace(text)).isEqualTo(TRAILING_SPACE.matcher(text).replaceAll(""));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(' ', '\t', '\n', '\r', 'a', '\\', '\u0085', '\u2028', '\u2029', '\u00a0').ofMaxLength(40);
    }
}
