package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A document held packed gives back exactly its bytes, whatever its like text: the Markdown files and
 * PDFs are made from what it gives. Another investor's warrant packs to a small part of its size.
 */
class PackedTextGivesBackItsBytesTest {
    private static final Path SET = Path.of("output/capstone-2007");

    private static String read(String name) throws Exception {
        return Files.readString(SET.resolve(name), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{1} packed against {0}")
    @CsvSource({
        "warrant-01.md, warrant-02.md",
        "warrant-01.md, warrant-01.md",
        "subscription-01.md, warrant-05.md",
        "8-k.md, ex-1.1-placement-agency-agreement.md",
        "ex-1.1-placement-agency-agreement.md, 8-k.md",
    })
    void givesBackTheSameBytes(String like, String text) throws Exception {
        PackedText packed = PackedText.plain(read(like)).packLike(read(text));

        assertThat(packed.text()).isEqualTo(read(text));
        assertThat(packed.utf8()).isEqualTo(Files.readAllBytes(SET.resolve(text)));
        assertThat(packed.sha256()).isEqualTo(PackedText.plain(read(text)).sha256());
    }

    @Test
    void anEmptyTextOrAnEmptyLikeIsNoTrouble() throws Exception {
        assertThat(PackedText.plain("").packLike("“quoted” — text").text()).isEqualTo("“quoted” — text");
        assertThat(PackedText.plain(read("warrant-01.md")).packLike("").text()).isEmpty();
        assertThat(PackedText.plain("").text()).isEmpty();
    }

    @Test
    void anotherInvestorsWarrantTakesAFewPercentOfItsSize() throws Exception {
        String warrant = read("warrant-02.md");
        PackedText packed = PackedText.plain(read("warrant-01.md")).packLike(warrant);

        assertThat(packed.packedSize()).isLessThan(warrant.getBytes(StandardCharsets.UTF_8).length / 20);
    }
}
