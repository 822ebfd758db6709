package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.closingset.deal.DealFixture;
import com.closingset.deal.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document's output name may not be one the build writes for something else: the binder
 * ({@code closing-set.pdf}), the index, or one of the numbered files of a document made for each
 * investor ({@code warrant-01} beside {@code warrant}, in either order). The build stops at the
 * manifest's line and column, naming the other document; so does a name the deal makes.
 */
class ManifestNamesClashingWithTheSetsFilesStopAtTheirLineTest {
    @TempDir
    Path dir;

    @BeforeEach
    void template() throws Exception {
        Files.writeString(dir.resolve("t.md.ftl"), "# T\n");
    }

    private static String entry(String id, String output, boolean forEach) {
        return "  - id: " + id + "\n    title: T\n    template: t.md.ftl\n    output: " + output + "\n"
                + (forEach ? "    for_each: investors\n" : "");
    }

    private Manifest load(String... entries) throws Exception {
        Files.writeString(dir.resolve(Manifest.FILE_NAME), "documents:\n" + String.join("", entries));
        return Manifest.load(dir, DealFixture.kit());
    }

    @Test
    void theBindersNameIsRefusedAtItsLine() {
        assertThatThrownBy(() -> load(entry("a", "a", false), entry("binder", "closing-set", false)))
                .isInstanceOf(InputException.class)
                .hasMessage(dir.getFileName() + "/manifest.yaml:9:13: documents[1].output: \"closing-set\" would write closing-set.pdf, "
                        + "a file the build writes for the whole set; expected another name");
    }

    @Test
    void theIndexsNameIsRefused() {
        assertThatThrownBy(() -> load(entry("index", "index", false)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(":5:13: documents[0].output: \"index\" would write index.md, a file the build writes");
    }

    @Test
    void aNameOfAnInvestorsFileIsRefusedWhenTheRepeatedDocumentComesFirst() {
        assertThatThrownBy(() -> load(entry("warrant", "warrant", true), entry("first", "warrant-01", false)))
                .isInstanceOf(InputException.class)
                .hasMessage(dir.getFileName() + "/manifest.yaml:10:13: documents[1].output: \"warrant-01\" is the name of one of the files "
                        + "of the document \"warrant\", made for each item as warrant-01, warrant-02, ...; expected another name");
    }

    @Test
    void aNameOfAnInvestorsFileIsRefusedWhenTheRepeatedDocumentComesSecond() {
        assertThatThrownBy(() -> load(entry("first", "warrant-001", false), entry("warrant", "warrant", true)))
                .isInstanceOf(InputException.class)
                .hasMessage(dir.getFileName() + "/manifest.yaml:9:13: documents[1].output: made for each item as warrant-01, "
                        + "warrant-02, ..., one of which is the document \"first\" (\"warrant-001\"); expected another name");
    }

    @Test
    void aNameTheDealMakesIsCheckedTheSameWay() throws Exception {
        Manifest manifest = load(entry("warrant", "warrant", true), entry("late", "\"warrant-${'0'}1\"", false));
        DocumentAssembler assembler = new DocumentAssembler(manifest, new TemplateEngine(dir), false);
        assertThatThrownBy(() -> assembler.assemble(DealFixture.load(DealFixture.VALID)))
                .isInstanceOf(AssemblyException.class)
                .hasMessage(dir.getFileName() + "/manifest.yaml:10:13: documents[1].output: \"warrant-01\" is the name of one of the "
                        + "files of the document \"warrant\", made for each item as warrant-01, warrant-02, ...; expected another name "
                        + "(for this deal, the name is \"warrant-01\")");
    }

    @Test
    void namesThatOnlyLookAlikeAreFine() throws Exception {
        assertThat(load(entry("warrant", "warrant", true), entry("a", "warrant-1", false), entry("b", "warrant-form", false),
                entry("c", "closing-set-summary", false), entry("d", "closing", true)).generated()).hasSize(5);
    }
}
