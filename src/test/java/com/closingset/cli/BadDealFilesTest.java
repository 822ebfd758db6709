package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad deal file of the corpus (malformed YAML, wrong types, bad figures and dates, investors that
 * do not add up, tags, bombs, bytes that are not text) fails {@code closingset figures} with exit code 2
 * and exactly its expected line: file:line:column where the input has one, the field, what was expected.
 */
class BadDealFilesTest {
    @TempDir
    static Path generated;

    static Stream<String> cases() {
        return BadDealCorpus.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsItsOneLineAndExitsWith2(String name) {
        Path file = BadDealCorpus.file(name, generated);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = ClosingSetCommand.run(new String[] {"figures", file.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

        // The file is named as typed; the expectation names it as <case>.yaml.
        String typed = file.toString().substring(0, file.toString().length() - file.getFileName().toString().length());
        assertThat(err.toString()).isEqualTo("closingset: " + typed + BadDealCorpus.expected(name) + System.lineSeparator());
        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void theCorpusHasAtLeastFiftyCasesEachWithAFileAndAnExpectedLine() throws IOException {
        assertThat(BadDealCorpus.names()).hasSizeGreaterThanOrEqualTo(50);
        for (String name : BadDealCorpus.names()) {
            assertThat(Files.exists(BadDealCorpus.DIR.resolve(name + ".yaml")) || BadDealCorpus.GENERATED.containsKey(name))
                    .as("%s.expected has a %s.yaml or a generator", name, name).isTrue();
            assertThat(BadDealCorpus.expected(name)).as(name).startsWith(name + ".yaml").doesNotContain("\n");
        }
        try (Stream<Path> files = Files.list(BadDealCorpus.DIR)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")))
                    .allSatisfy(n -> assertThat(BadDealCorpus.DIR.resolve(n.replace(".yaml", ".expected"))).exists());
        }
    }
}
