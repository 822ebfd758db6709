package com.closingset.assemble;

import com.closingset.deal.DealFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.closingset.deal.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A template is read from {@code templates/} and nowhere else: not by a name in the manifest, not by
 * a symbolic link placed there, not by a template's own {@code <#include>} or {@code <#import>}.
 * Each attempt is a one-line error naming the file, and reads nothing outside.
 */
class TemplatesConfinedTest {
    private static final String SECRET = "SECRET FROM OUTSIDE";

    @TempDir
    Path dir;

    private Path templates;
    private Path outside;

    @BeforeEach
    void layOut() throws Exception {
        templates = Files.createDirectories(dir.resolve("project/templates"));
        outside = Files.writeString(dir.resolve("outside.md.ftl"), SECRET + "\n");
        Files.writeString(dir.resolve("project/x.md.ftl"), SECRET + "\n");
        Files.writeString(templates.resolve("good.md.ftl"), "Good.\n");
    }

    private Path manifest(String template, String output) throws Exception {
        return Files.writeString(templates.resolve(Manifest.FILE_NAME), "documents:\n  - id: doc\n    title: Doc\n"
                + "    template: \"" + template + "\"\n    output: \"" + output + "\"\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.md.ftl", "/etc/passwd", "a/../../b", "a/../../b.md.ftl", "sub/good.md.ftl", "..md.ftl"})
    void aTemplateNameInTheManifestCannotLeaveTheFolder(String name) throws Exception {
        manifest(name, "doc");
        assertThatThrownBy(() -> Manifest.load(templates, DealFixture.kit()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("templates/manifest.yaml:")
                .hasMessageContaining("documents[0].template")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/etc/passwd", "a/../../b", "..", "index"})
    void anOutputNameInTheManifestIsAPlainFileName(String name) throws Exception {
        manifest("good.md.ftl", name);
        assertThatThrownBy(() -> Manifest.load(templates, DealFixture.kit()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("documents[0].output")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aTemplateThatLinksOutsideTheFolderIsRefusedByTheManifest() throws Exception {
        Files.createSymbolicLink(templates.resolve("linked.md.ftl"), outside);
        manifest("linked.md.ftl", "doc");
        assertThatThrownBy(() -> Manifest.load(templates, DealFixture.kit()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("documents[0].template")
                .hasMessageContaining("linked.md.ftl")
                .hasMessageContaining("outside templates/")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aLinkThatStaysInsideTheFolderIsFine() throws Exception {
        Files.createSymbolicLink(templates.resolve("alias.md.ftl"), templates.resolve("good.md.ftl"));
        manifest("alias.md.ftl", "doc");
        assertThat(Manifest.load(templates, DealFixture.kit()).generated()).hasSize(1);
        assertThat(new TemplateEngine(templates).render("alias.md.ftl", Map.of())).isEqualTo("Good.\n");
    }

    @Test
    void theEngineItselfRefusesALinkOutside() throws Exception {
        Files.createSymbolicLink(templates.resolve("linked.md.ftl"), outside);
        assertThatThrownBy(() -> new TemplateEngine(templates).render("linked.md.ftl", Map.of()))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("templates/linked.md.ftl: ")
                .hasMessageNotContaining(SECRET)
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<#include \"../x.md.ftl\">               | Backing out from the root directory is not allowed",
        "<#include \"../../outside.md.ftl\">      | Backing out from the root directory is not allowed",
        "<#import \"../x.md.ftl\" as x>           | Backing out from the root directory is not allowed",
        "<#include \"/../x.md.ftl\">              | Backing out from the root directory is not allowed",
        "<#include \"sub/../../x.md.ftl\">        | Backing out from the root directory is not allowed",
        "<#include \"linked.md.ftl\">             | templates/linked.md.ftl is a link to a file outside templates/",
        "<#import \"linked.md.ftl\" as x>         | templates/linked.md.ftl is a link to a file outside templates/",
        // An absolute name means the templates folder's root, so this is templates/etc/passwd: not there.
        "<#include \"/etc/passwd\">               | Template not found for name \"etc/passwd\""})
    void anIncludeOrImportCannotReachOutside(String directive, String reason) throws Exception {
        Files.createSymbolicLink(templates.resolve("linked.md.ftl"), outside);
        Files.writeString(templates.resolve("t.md.ftl"), "Before.\n" + directive + "\n");
        assertThatThrownBy(() -> new TemplateEngine(templates).render("t.md.ftl", Map.of()))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("templates/t.md.ftl:2:1: ")
                .hasMessageContaining(reason)
                .hasMessageNotContaining(SECRET)
                .hasMessageNotContaining("\n");
    }

    @Test
    void anIncludeInsideTheFolderStillWorks() throws Exception {
        Files.writeString(templates.resolve("t.md.ftl"), "<#include \"good.md.ftl\">");
        assertThat(new TemplateEngine(templates).render("t.md.ftl", Map.of())).isEqualTo("Good.\n");
    }
}
