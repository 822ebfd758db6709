package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.DealFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The templates' running text has a sentence per line, as the output does, so a one-word change to
 * a clause shows in a pull request as its sentence: no line holds two sentences that could be split.
 */
class TemplatesKeepASentencePerLineTest {

    @Test
    void noTemplateLineHoldsTwoSentencesThatCouldBeSplit() throws IOException {
        try (Stream<Path> files = Files.list(DealFixture.KIT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md.ftl") || p.endsWith("press-release.ftl")).sorted().toList()) {
                if (f.endsWith("index.md.ftl") || f.endsWith("cover.md.ftl")) {
                    continue; // not run through SentenceLines: their lines are the output's lines
                }
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                assertThat(TemplateSentences.split(lines)).as(f.toString()).isEqualTo(lines);
            }
        }
    }

    @Test
    void theSplitterBreaksProseBetweenSentencesButNotInsideADirective() {
        String prose = "The Company shall deliver the certificate to the Holder within ${w.words(terms.days)} Trading Days. "
                + "The Holder may then exercise the Warrant in whole or in part at any time thereafter.";
        assertThat(TemplateSentences.split(List.of(prose))).hasSize(2);
        String open = "<#if x>The Company shall deliver the certificate to the Holder within three Trading Days. "
                + "The Holder may then exercise the Warrant in whole or in part.</#if>";
        assertThat(TemplateSentences.split(List.of(open))).containsExactly(open);
    }
}
