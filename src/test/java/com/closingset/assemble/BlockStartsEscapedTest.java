package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sentence that, at the start of a line, would open a block — an ordered item, a bullet, an ATX
 * heading, a block quote, a thematic break, a setext underline or a table row — is escaped with a
 * backslash, so it stays in its paragraph and reads the same.
 */
class BlockStartsEscapedTest {
    private static final Parser PARSER = Parser.builder().build();

    static Stream<Arguments> blockStarts() {
        return Stream.of(
                Arguments.of("Sections follow. 1. The first one", "Sections follow.\n1\\. The first one"),
                Arguments.of("Sections follow. 1) The first one", "Sections follow.\n1\\) The first one"),
                Arguments.of("Sections follow. 2. The second one", "Sections follow.\n2\\. The second one"),
                Arguments.of("Items follow. + The first one", "Items follow.\n\\+ The first one"),
                Arguments.of("Items follow. * The first one", "Items follow.\n\\* The first one"),
                Arguments.of("Headings follow. # The first one", "Headings follow.\n\\# The first one"),
                Arguments.of("Headings follow. ###### The sixth level", "Headings follow.\n\\###### The sixth level"),
                Arguments.of("Quotes follow. > The first one", "Quotes follow.\n\\> The first one"),
                Arguments.of("An underline follows. ===", "An underline follows.\n\\==="),
                Arguments.of("A rule follows. ***", "A rule follows.\n\\***"),
                Arguments.of("A rule follows. ___", "A rule follows.\n\\___"),
                Arguments.of("A pipe follows. | The first cell", "A pipe follows.\n\\| The first cell"),
                // ICU does not end a sentence before a hyphen (it continues one), so these stay whole.
                Arguments.of("Items follow. - The first one", "Items follow. - The first one"),
                Arguments.of("A rule follows. ---", "A rule follows. ---"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blockStarts")
    void isEscaped(String paragraph, String split) {
        assertThat(SentenceLines.split(paragraph)).isEqualTo(split);
        Document after = PARSER.parse(split);
        assertThat(after.getFirstChild()).isInstanceOf(Paragraph.class);
        assertThat(after.getFirstChild().getNext()).as("a second block").isNull();
        assertThat(text(after)).isEqualTo(text(PARSER.parse(paragraph)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Code follows. ```java", "Code follows. ~~~", "Markup follows. <div>", "Markup follows. <!-- note -->"})
    void whatHasNoEscapeStaysOnItsLine(String paragraph) {
        assertThat(SentenceLines.split(paragraph)).isEqualTo(paragraph);
    }

    private static String text(Document document) {
        return new TextCollectingVisitor().collectAndGetText(document).replaceAll("\\s+", " ").strip();
    }
}
