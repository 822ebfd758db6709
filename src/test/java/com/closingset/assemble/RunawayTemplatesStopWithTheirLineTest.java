package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A template that runs away — a loop without end, a list of fifty million, a macro, function or
 * include that calls itself, a value padded to hundreds of millions of characters — stops the build
 * within its bound with one line naming the template's line and column, the instruction, what the
 * document would have done and the limit; an {@code <#attempt>} cannot recover from it. The tests
 * use a short time bound; the default ones are those README.md gives.
 */
class RunawayTemplatesStopWithTheirLineTest {
    /** Far more than any test below needs to reach its bound; a slow machine only makes that sooner. */
    private static final Duration SHORT = Duration.ofMillis(100);

    @TempDir
    Path dir;

    private String render(String template, RenderBounds bounds) throws Exception {
        Files.writeString(dir.resolve("t.md.ftl"), template);
        return new TemplateEngine(dir, "templates/kit", bounds).render("t.md.ftl", Map.of("w", new com.closingset.figures.Wording()));
    }

    private static RenderBounds shortTime() {
        return new RenderBounds(SHORT, RenderBounds.DEFAULT_CHARACTERS, RenderBounds.DEFAULT_DEPTH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<#list 1.. as i><#assign x = i></#list>                  | 2:17 | <#assign x = i>",
        "<#list 1..50000000 as i><#if i < 0>${i}</#if></#list>    | 2:25 | <#if i < 0>",
        "<#attempt><#list 1.. as i><#assign x = i></#list><#recover>recovered</#attempt> | 2:27 | <#assign x = i>",
        // An empty body begins no instruction: the thread waiting on the render stops it, at the loop.
        "<#list 1..100000000 as i></#list>                         | 2:1  | <#list 1..100000000 as i>"})
    void aLoopThatRunsPastTheTimeBoundStopsAtItsLine(String template, String at, String what) throws Exception {
        // The same instructions first over three items, so that loading FreeMarker's classes for them
        // (a tenth of a second on a busy machine) is not what the short bound measures: it would stop
        // the render before it reaches the loop, at the template's first line.
        render("First line.\n" + template.replaceAll("1\\.\\.[0-9]*", "1..3") + "\n", RenderBounds.fromSystemProperties());
        long start = System.nanoTime();
        assertThatThrownBy(() -> render("First line.\n" + template + "\n", shortTime()))
                .isInstanceOf(AssemblyException.class)
                .hasMessage("templates/kit/t.md.ftl:" + at + ": " + what + ": the document would take longer than 100 ms to write "
                        + "(a loop without end?); the limit is 100 ms per document (-Dclosingset.renderSeconds)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aDocumentPastTheLengthBoundStopsAtTheInstructionWritingIt() {
        RenderBounds bounds = new RenderBounds(Duration.ofSeconds(60), 100_000, RenderBounds.DEFAULT_DEPTH);
        assertThatThrownBy(() -> render("First line.\n<#list 1.. as i>\nThe ${i}th line.\n</#list>\n", bounds))
                .isInstanceOf(AssemblyException.class)
                .hasMessageMatching("templates/kit/t\\.md\\.ftl:3:(1|5|9): .*: the document would be longer than 100,000 characters; "
                        + "the limit is 100,000 characters of Markdown per document");
    }

    @Test
    void oneHugeValueIsRefusedBeforeItIsKept() {
        RenderBounds bounds = new RenderBounds(Duration.ofSeconds(60), 100_000, RenderBounds.DEFAULT_DEPTH);
        assertThatThrownBy(() -> render("Name: ${\"x\"?left_pad(2000000)}\n", bounds))
                .isInstanceOf(AssemblyException.class)
                .hasMessage("templates/kit/t.md.ftl:1:7: ${\"x\"?left_pad(2000000)}: the document would be longer than 100,000 "
                        + "characters; the limit is 100,000 characters of Markdown per document");
    }

    /**
     * Padded in one built-in call, which nothing can interrupt: the render stops at the time bound
     * (here a second), or sooner where the heap cannot hold 400,000,000 characters, which is said.
     */
    @Test
    void aValuePaddedToFourHundredMillionCharactersStopsAtItsLine() {
        RenderBounds bounds = new RenderBounds(Duration.ofSeconds(1), RenderBounds.DEFAULT_CHARACTERS, RenderBounds.DEFAULT_DEPTH);
        assertThatThrownBy(() -> render("Name: ${\"x\"?left_pad(400000000)}\n", bounds))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("templates/kit/t.md.ftl:1:7: ${\"x\"?left_pad(400000000)}: the document would ")
                .hasMessageContaining("; the limit is ")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<#macro m><@m/></#macro><@m/>                                 | 2:11 | <@m>",
        "<#macro m n>${n} <@m n + 1/></#macro><@m 0/>                  | 2:18 | <@m n + 1>",
        "<#function f n><#return f(n + 1)></#function>${f(0)}          | 2:16 | <#return f(n + 1)>",
        "<#include \"t.md.ftl\">                                       | 2:1  | <#include \"t.md.ftl\">"})
    void somethingThatCallsItselfStopsAtTheCall(String template, String at, String what) {
        assertThatThrownBy(() -> render("First line.\n" + template + "\n", RenderBounds.fromSystemProperties()))
                .isInstanceOf(AssemblyException.class)
                .hasMessage("templates/kit/t.md.ftl:" + at + ": " + what + ": the document would open more than 1,000 instructions "
                        + "one inside another (does a macro, a function or an #include call itself?); the limit is 1,000");
    }

    @Test
    void recursionThatEndsIsFine() throws Exception {
        assertThat(render("<#macro count n><#if n gt 0>${n} <@count n - 1/></#if></#macro><@count 5/>", RenderBounds.fromSystemProperties()))
                .isEqualTo("5 4 3 2 1 ");
    }
}
