package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.DealFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A broken template — bad syntax, a value the deal does not have, a value of the wrong type — stops
 * the build with one line naming the template, the line and column, and the expression; exit code 2;
 * and the output folder is left exactly as the last good build wrote it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokenTemplateTest {
    private static final String TEMPLATE = "8-k.md.ftl";

    @TempDir
    static Path home;

    private String original;
    private Map<String, byte[]> goodOutput;

    @BeforeAll
    void buildOnceWithGoodTemplates() throws Exception {
        Files.createDirectories(home.resolve("deal"));
        Files.copy(DealFixture.VALID, home.resolve("deal/one.yaml"));
        DealFixture.copyTemplates(home.resolve("templates"));
        original = Files.readString(home.resolve("templates/registered-direct").resolve(TEMPLATE));
        StringWriter err = new StringWriter();
        assertThat(build(err)).as(err.toString()).isZero();
        goodOutput = tree(home.resolve("output"));
        assertThat(goodOutput).containsKey("capstone-2007/8-k.pdf");
    }

    @AfterEach
    void repair() throws Exception {
        Files.writeString(home.resolve("templates/registered-direct").resolve(TEMPLATE), original);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a value of the wrong type: a name is not a number, nor a list
        "The issuer: ${deal.issuer.name * 2}.      | 3:15: \\$\\{deal.issuer.name\\}: For \"\\*\" left-hand operand: Expected a number, but this has evaluated to a string",
        "<#list deal.issuer.name as x>${x}</#list> | 3:8: \\$\\{deal.issuer.name\\}: For \"#list\" list source: Expected a sequence or collection, but this has evaluated to a string",
        // a value the deal does not have
        "The issuer: ${deal.issuer.nmae}.          | 3:15: \\$\\{deal.issuer.nmae\\}: no such value \\(misspelt, or missing from the deal model\\)",
        // bad syntax
        "The issuer: ${deal.issuer.name?shout}.    | 3:32: template syntax error: Unknown built-in: \"shout\".*",
        "The issuer: ${deal.issuer.name +}.        | 3:33: template syntax error: Encountered \"\\}\".*",
        // FreeMarker finds an unclosed directive at the end of the file, and says which
        "<#if deal.issuer.name == \"Acme\">unclosed  | \\d+:\\d+: template syntax error: Unexpected end of file reached. You have an unclosed #if.*"})
    void theBuildStopsWithOneLineAndWritesNothing(String brokenLine, String expected) throws Exception {
        List<String> lines = new ArrayList<>(original.lines().toList());
        lines.add(2, brokenLine.strip());
        Files.writeString(home.resolve("templates/registered-direct").resolve(TEMPLATE), String.join("\n", lines) + "\n");

        StringWriter err = new StringWriter();
        assertThat(build(err)).isEqualTo(2);

        assertThat(err.toString()).hasLineCount(1).endsWith(System.lineSeparator())
                .matches("closingset: templates/registered-direct/8-k\\.md\\.ftl:" + expected + "\\R");
        Map<String, byte[]> after = tree(home.resolve("output"));
        assertThat(after.keySet()).isEqualTo(goodOutput.keySet());
        after.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(goodOutput.get(name)));
    }

    private int build(StringWriter err) {
        return InProject.run(home, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "build");
    }

    /** Every file and folder under {@code root}, hidden ones too, by relative path; a folder maps to no bytes. */
    private static Map<String, byte[]> tree(Path root) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                files.put(root.relativize(p).toString(), Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
            }
        }
        return files;
    }
}
