package com.closingset.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine knows no form of any kit: no line of src/main (code, comments or resources) names a
 * concept of the registered-direct kit. Those live in templates/registered-direct/.
 */
class EngineNamesNoFormTest {
    private static final Pattern FORM_WORDS = Pattern.compile("placement|warrant|subscription|opinion|escrow|press.?release");
    // Words that merely contain one of those: "replacement" is not a placement.
    private static final Pattern INNOCENT = Pattern.compile("replacement");

    @Test
    void noLineOfTheEngineNamesAFormOfAKit() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = INNOCENT.matcher(lines.get(i).toLowerCase(Locale.ROOT)).replaceAll("");
                    if (FORM_WORDS.matcher(line).find()) {
                        found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("lines of src/main that name a form of a kit").isEmpty();
    }

    @Test
    void theCheckCatchesAFormWordWhereverItIs() {
        assertThat(FORM_WORDS.matcher("new PlacementAgreementTerms()".toLowerCase(Locale.ROOT)).find()).isTrue();
        assertThat(FORM_WORDS.matcher("// the press release's dateline".toLowerCase(Locale.ROOT)).find()).isTrue();
        assertThat(FORM_WORDS.matcher(INNOCENT.matcher("matcher.quotereplacement(x)").replaceAll("")).find()).isFalse();
    }
}
