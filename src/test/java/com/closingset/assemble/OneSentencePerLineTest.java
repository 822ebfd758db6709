package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No line of running text in the Capstone closing set holds more than one sentence, by the same
 * sentence rules that split them and by a plain independent check.
 */
class OneSentencePerLineTest {
    /** What opens a line before its text: quote markers, list markers, indentation. */
    private static final Pattern CONTAINER = Pattern.compile("^(?:\\s*>|\\s*(?:[-+*]|\\d+[.)])(?=\\s)|\\s)*\\s*");
    /** A period, question or exclamation mark, what closes around it, a space, then a capital letter. */
    private static final Pattern SENTENCE_END = Pattern.compile("(\\S*)[.?!][\"”’)*_]*\\s+(?=[\"“(*_]*\\p{Lu})");
    /** A clause or section number opening the line: "**4.", "a.", "(iv)." */
    private static final Pattern LABEL = Pattern.compile("[*_(]*(?:\\d+(?:\\.\\d+)*|[a-zA-Z]|[ivxlc]+)\\)?");

    private static final List<String> lines = new ArrayList<>();

    @BeforeAll
    static void assembleCapstone() throws Exception {
        Map<String, String> markdown = DealMarkdown.of(Path.of("deal/capstone-2007.yaml"), true);
        markdown.forEach((output, text) -> {
            String[] all = text.split("\n");
            for (int i = 0; i < all.length; i++) {
                String content = CONTAINER.matcher(all[i]).replaceFirst("");
                if (!content.isEmpty() && !content.startsWith("|") && !content.startsWith("#")) {
                    lines.add(output + ":" + (i + 1) + ": " + content);
                }
            }
        });
        assertThat(markdown).hasSizeGreaterThan(10);
        assertThat(lines).hasSizeGreaterThan(1000);
    }

    @Test
    void theSentenceRulesFindNoSecondSentenceOnAnyLine() {
        SentenceBreaks breaks = new SentenceBreaks();
        assertThat(lines).filteredOn(line -> !breaks.in(text(line)).isEmpty()).isEmpty();
    }

    @Test
    void noLineHasAPeriodAndACapitalAfterAnythingButAnAbbreviationInitialOrLabel() {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            String text = text(line);
            Matcher end = SENTENCE_END.matcher(text);
            while (end.find()) {
                String word = end.group(1).replaceFirst("^[\"“(\\[*_]+", "") + ".";
                boolean label = end.start() == 0 && LABEL.matcher(end.group(1)).matches();
                boolean initial = word.length() == 2 && Character.isUpperCase(word.charAt(0));
                if (!label && !initial && !Abbreviations.contains(word)) {
                    found.add(line);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static String text(String line) {
        return line.substring(line.indexOf(": ") + 2);
    }
}
