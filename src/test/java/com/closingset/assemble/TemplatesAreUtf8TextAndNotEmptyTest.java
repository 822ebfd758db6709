package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A template is UTF-8 text with something in it: a byte that is not UTF-8 (a Latin-1 "é", which
 * would print as U+FFFD in every document) stops the build at its line and column, and so does an
 * empty template, whether rendered or included. The byte-order mark a Windows editor begins a UTF-8
 * file with is a mark of the encoding, not text: it reaches no document, and lines and columns are
 * counted as the editor shows them, after it.
 */
class TemplatesAreUtf8TextAndNotEmptyTest {
    @TempDir
    Path dir;

    private String render(String name) throws Exception {
        return new TemplateEngine(dir).render(name, Map.of());
    }

    @Test
    void aLatin1ByteStopsTheBuildAtItsLineAndColumn() throws Exception {
        Files.write(dir.resolve("t.md.ftl"), "# Opinion\n\nThe caf\u00e9 is open.\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> render("t.md.ftl"))
                .isInstanceOf(AssemblyException.class)
                .hasMessage("templates/t.md.ftl:3:8: expected UTF-8 text, got the byte 0xE9, which is not UTF-8 here "
                        + "(saved as Latin-1 or Windows-1252?); save the file as UTF-8");
    }

    @Test
    void aWindows1252QuoteInAnIncludedTemplateIsNamedInThatTemplate() throws Exception {
        Files.write(dir.resolve("part.ftl"), "<#macro q>\u201cquoted\u201d</#macro>\n".getBytes("windows-1252"));
        Files.writeString(dir.resolve("t.md.ftl"), "<#import \"part.ftl\" as p>\nA <@p.q/>.\n");
        assertThatThrownBy(() -> render("t.md.ftl"))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("templates/part.ftl:1:11: expected UTF-8 text, got the byte 0x93")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "  \n\t\n"})
    void anEmptyTemplateStopsTheBuild(String text) throws Exception {
        Files.writeString(dir.resolve("t.md.ftl"), text);
        assertThatThrownBy(() -> render("t.md.ftl"))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("templates/t.md.ftl: the template is empty")
                .hasMessageNotContaining("\n");
    }

    @Test
    void anEmptyIncludedTemplateStopsTheBuild() throws Exception {
        Files.writeString(dir.resolve("part.ftl"), "");
        Files.writeString(dir.resolve("t.md.ftl"), "Before.\n<#include \"part.ftl\">\n");
        assertThatThrownBy(() -> render("t.md.ftl"))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("templates/part.ftl: the template is empty")
                .hasMessageNotContaining("\n");
    }

    @Test
    void utf8TextInAnyScriptIsRead() throws Exception {
        Files.writeString(dir.resolve("t.md.ftl"), "Caf\u00e9 \u201cquoted\u201d \u05e9\u05dc\u05d5\u05dd \u4e2d\u6587\n");
        assertThat(render("t.md.ftl")).isEqualTo("Caf\u00e9 \u201cquoted\u201d \u05e9\u05dc\u05d5\u05dd \u4e2d\u6587\n");
    }

    private static final String SIGNATURE = "\uFEFF";

    @Test
    void aByteOrderMarkReachesNoDocument() throws Exception {
        Files.writeString(dir.resolve("part.ftl"), SIGNATURE + "<#macro q>quoted</#macro>\n");
        Files.writeString(dir.resolve("t.md.ftl"), SIGNATURE + "# Opinion\n<#import \"part.ftl\" as p>\nA <@p.q/>.\n<#include \"inc.ftl\">\n");
        Files.writeString(dir.resolve("inc.ftl"), SIGNATURE + "Included.\n");
        assertThat(render("t.md.ftl")).isEqualTo("# Opinion\nA quoted.\nIncluded.\n");
    }

    @Test
    void aByteOrderMarkMovesNoColumn() throws Exception {
        byte[] latin1 = "The caf\u00e9 is open.\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] signed = new byte[latin1.length + 3];
        System.arraycopy(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0, signed, 0, 3);
        System.arraycopy(latin1, 0, signed, 3, latin1.length);
        Files.write(dir.resolve("t.md.ftl"), signed);
        assertThatThrownBy(() -> render("t.md.ftl")).hasMessageStartingWith("templates/t.md.ftl:1:8: expected UTF-8 text");

        Files.writeString(dir.resolve("t.md.ftl"), SIGNATURE + "A ${missing} value.\n");
        assertThatThrownBy(() -> render("t.md.ftl")).hasMessageStartingWith("templates/t.md.ftl:1:5: ${missing}");
    }

    @Test
    void aByteOrderMarkAloneIsAnEmptyTemplate() throws Exception {
        Files.writeString(dir.resolve("t.md.ftl"), SIGNATURE + "\n");
        assertThatThrownBy(() -> render("t.md.ftl")).hasMessageStartingWith("templates/t.md.ftl: the template is empty");
    }
}
