package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Straight quotes typed in a deal file come out as the templates' own curly ones, so a document
 * never mixes the two: “CapGen”, analysts’, the Company’s, ‘07.
 */
class StraightQuotesComeOutCurlyTest {
    private static final MarkdownOutputFormat MD = MarkdownOutputFormat.INSTANCE;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the New York market (\"CapGen\"), to convert|the New York market (“CapGen”), to convert",
        "exceed analysts' expectations|exceed analysts’ expectations",
        "the Company's initial public offering|the Company’s initial public offering",
        "'quoted' and \"double\"|‘quoted’ and “double”",
        "the class of '07|the class of ’07",
        "no quotes at all|no quotes at all"})
    void eachQuoteIsTheOneTheSentenceNeeds(String typed, String printed) {
        assertThat(MD.escapePlainText(typed)).isEqualTo(printed);
    }

    @Test
    void theDocumentsOfCapstoneHaveNoStraightQuoteFromTheDeal() throws Exception {
        String release = java.nio.file.Files.readString(java.nio.file.Path.of("output/capstone-2007/ex-99.2-press-release-results.md"));
        assertThat(release).contains("analysts’ expectations").doesNotContain("analysts'");
    }

    /** The templates' own prose uses curly quotes too (directives, comments and interpolations aside). */
    @Test
    void noTemplateTypesAStraightQuoteInItsProse() throws Exception {
        java.util.List<String> found = new java.util.ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("templates/registered-direct"))) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".ftl")).sorted().toList()) {
                // A lambda's arrow is not the end of its directive.
                String prose = java.nio.file.Files.readString(f).replaceAll("(?s)<#--.*?-->", "").replace("->", "").replaceAll("(?s)</?[#@][^>]*>", "")
                        .replaceAll("\\$\\{[^}]*}", "");
                java.util.regex.Matcher m = java.util.regex.Pattern.compile(".{0,20}['\"].{0,20}").matcher(prose);
                while (m.find()) {
                    found.add(f.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
