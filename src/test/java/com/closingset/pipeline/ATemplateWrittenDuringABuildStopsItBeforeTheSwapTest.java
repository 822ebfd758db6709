package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.closingset.deal.DealFile;
import com.closingset.deal.DealFixture;
import com.closingset.deal.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build reads the templates after it has hashed them (FreeMarker loads each when first used). A
 * template saved in between could leave a set mixing its old and new text under the hash of the
 * old, which the next build, once the old text is back, would take as current. So a file of the
 * templates written during a build stops it before the swap, with one line naming the file, and the
 * previous output stays as it was; the next run reads the templates as they now are.
 */
class ATemplateWrittenDuringABuildStopsItBeforeTheSwapTest {
    private static final String FORM = "registered-direct/8-k.md.ftl";

    @TempDir
    Path dir;
    private Path templates;
    private Path deal;
    private OutputFolder output;
    private List<DealFile> deals;

    /** Does {@code edit} to the templates once, while the first set it is given is being drawn. */
    static final class EditWhileDrawing implements Renderer {
        private Runnable edit;

        EditWhileDrawing(Runnable edit) {
            this.edit = edit;
        }

        @Override
        public List<Drawing> drawings(MarkdownSet set, SetMetadata metadata) {
            if (edit != null) {
                edit.run();
                edit = null;
            }
            return List.of();
        }
    }

    @BeforeEach
    void aBuiltSet() throws Exception {
        templates = DealFixture.copyTemplates(dir.resolve("templates"));
        // Last written long ago, as a template usually is: a save now cannot leave the same time.
        Files.setLastModifiedTime(templates.resolve(FORM), FileTime.from(Instant.parse("2020-01-02T00:00:00Z")));
        deal = dir.resolve("deal.yaml");
        Files.copy(TestBuilds.CAPSTONE, deal);
        deals = List.of(new DealFile(deal, "deal.yaml"));
        output = new OutputFolder(dir.resolve("output"));
        build(null).run(deals, BuildProgress.NONE);
        // Another price: the next build has to build the set, not find it up to date.
        Files.writeString(deal, Files.readString(deal).replace("price_per_unit: 1.14", "price_per_unit: 1.16"));
    }

    @Test
    void aTemplateSavedWhileTheSetIsBuiltStopsTheBuildNamingIt() throws Exception {
        Map<String, String> before = outputFiles();

        assertThatThrownBy(() -> build(() -> append(FORM, "\nA sentence saved mid-build.\n")).run(deals, BuildProgress.NONE))
                .isInstanceOf(InputException.class)
                .hasMessage("templates/" + FORM + ": written while the set was being built, so its documents could mix"
                        + " the old text and the new; the previous output is unchanged: build again");
        assertThat(outputFiles()).containsExactlyEntriesOf(before);
        assertThat(scratchFolders()).isEmpty();
    }

    @Test
    void aTemplateSavedAndPutBackStopsItToo() throws Exception {
        byte[] was = Files.readAllBytes(templates.resolve(FORM));

        assertThatThrownBy(() -> build(() -> {
            append(FORM, "\nA sentence saved mid-build.\n");
            write(FORM, was);
        }).run(deals, BuildProgress.NONE)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("templates/" + FORM + ": written while the set was being built");
        assertThat(Files.readAllBytes(templates.resolve(FORM))).isEqualTo(was);
    }

    @Test
    void aFileAddedOrRemovedStopsIt() throws Exception {
        assertThatThrownBy(() -> build(() -> write("registered-direct/notes.ftl", "<#-- new -->\n".getBytes(StandardCharsets.UTF_8)))
                .run(deals, BuildProgress.NONE)).hasMessageStartingWith("templates/registered-direct/notes.ftl: added while");
        assertThatThrownBy(() -> build(() -> delete("registered-direct/notes.ftl")).run(deals, BuildProgress.NONE))
                .hasMessageStartingWith("templates/registered-direct/notes.ftl: removed while");
    }

    @Test
    void theSameBuildRunAgainReadsTheTemplatesAsTheyNowAre() throws Exception {
        IncrementalBuild build = build(() -> append(FORM, "\nA sentence saved mid-build.\n"));
        assertThatThrownBy(() -> build.run(deals, BuildProgress.NONE)).isInstanceOf(InputException.class);

        List<IncrementalBuild.Outcome> again = build.run(deals, BuildProgress.NONE);

        assertThat(again.get(0).upToDate()).isFalse();
        assertThat(Files.readString(again.get(0).folder().resolve("8-k.md"))).contains("A sentence saved mid-build.");
        // Recorded under the templates it read: a build made afresh finds nothing to do.
        assertThat(build(null).run(deals, BuildProgress.NONE).get(0).upToDate()).isTrue();
    }

    @Test
    void untouchedTemplatesBuildAsBefore() throws Exception {
        List<IncrementalBuild.Outcome> built = build(() -> { }).run(deals, BuildProgress.NONE);

        assertThat(built.get(0).upToDate()).isFalse();
        assertThat(Files.readString(built.get(0).folder().resolve("8-k.md"))).contains("$1.16");
    }

    /** The set's build, with {@code edit} done to the templates once its Markdown is assembled. */
    private IncrementalBuild build(Runnable edit) throws Exception {
        // One editor for the build, however many pipelines it sets up: the edit is done once.
        List<Renderer> renderers = new ArrayList<>(Pipeline.standardRenderers());
        renderers.add(new EditWhileDrawing(edit));
        return new IncrementalBuild(templates, output, Optional.empty(), ProductVersion.get(), () -> renderers);
    }

    private void append(String name, String text) {
        try {
            Files.writeString(templates.resolve(name), text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void write(String name, byte[] bytes) {
        try {
            Files.write(templates.resolve(name), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void delete(String name) {
        try {
            Files.delete(templates.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each file of the deal's folder, by name, with the hash of its bytes. */
    private Map<String, String> outputFiles() throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path folder = output.current("capstone-2007");
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Pipeline.sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private List<String> scratchFolders() throws IOException {
        try (Stream<Path> list = Files.list(output.root())) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && n.contains("capstone-2007")).toList();
        }
    }
}
