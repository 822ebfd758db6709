package com.closingset.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SetLayout owns every file name of a set's folder and of a redline folder: the names it gives, and
 * no other code of src/main that spells a set file's name or extension.
 */
class SetLayoutOwnsTheNamesTest {
    private static final Pattern SPELLED = Pattern.compile(
            "\"\\.md\"|\"\\.pdf\"|\"\\.docx\"|\"\\.redline\\.(md|pdf|docx)\"|\"closing-set|\"index\\.md\"|\"SHA256SUMS\"|\"SUMMARY\\.md\"|\"blackline\\.pdf\"|\\.closingset-build|\\.new-\"|\\.old-\"");

    @Test
    void theNamesOfASet() {
        assertThat(SetLayout.markdown("8-k")).isEqualTo("8-k.md");
        assertThat(SetLayout.pdf("8-k")).isEqualTo("8-k.pdf");
        assertThat(SetLayout.docx("8-k")).isEqualTo("8-k.docx");
        assertThat(SetLayout.wordFileOf("ex-4.1-warrant.pdf")).isEqualTo("ex-4.1-warrant.docx");
        assertThat(SetLayout.redlineDocx("8-k")).isEqualTo("8-k.redline.docx");
        assertThat(SetLayout.isRedlineFile("8-k.redline.docx")).isTrue();
        assertThat(SetLayout.BINDER).isEqualTo("closing-set.pdf");
        assertThat(SetLayout.repeated("lock-up", 3, 5)).isEqualTo("lock-up-03");
        assertThat(SetLayout.repeated("lock-up", 7, 1000)).isEqualTo("lock-up-0007");
        assertThat(SetLayout.redlineMarkdown("8-k")).isEqualTo("8-k.redline.md");
        assertThat(SetLayout.isRedlineFile("SUMMARY.md")).isTrue();
        assertThat(SetLayout.REDLINE_BLACKLINE).isEqualTo("blackline.pdf");
        assertThat(SetLayout.isRedlineFile("blackline.pdf")).isTrue();
        assertThat(SetLayout.isRedlineFile("8-k.md")).isFalse();
        assertThat(SetLayout.SCRATCH.matcher(SetLayout.scratchPrefix("capstone-2007") + "123").matches()).isTrue();
    }

    @Test
    void noOtherClassSpellsASetFilesName() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("SetLayout.java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).strip();
                    if (!code.startsWith("*") && !code.startsWith("/") && SPELLED.matcher(code).find()) {
                        found.add(f + ":" + (i + 1) + ": " + code);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
