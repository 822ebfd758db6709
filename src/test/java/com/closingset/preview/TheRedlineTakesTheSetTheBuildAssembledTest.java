package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.assemble.AssembledDocument;
import com.closingset.deal.DealFile;
import com.closingset.deal.DealFixture;
import com.closingset.pipeline.MarkdownSet;
import com.closingset.pipeline.OutputFolder;
import com.closingset.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At each save the preview's build assembles the working tree's set; its redline then needed the
 * same set and assembled it once more, most of a large deal's review. The build now hands it over,
 * with the bytes it was read from: taken only while the file still holds them, and the same Markdown
 * the review's own pipeline assembles.
 */
class TheRedlineTakesTheSetTheBuildAssembledTest {
    @TempDir
    Path dir;

    @Test
    void theBuildHandsOverTheSetItAssembledWithTheBytesItRead() throws Exception {
        DealFile file = deal(Files.readString(Path.of("deal/capstone-2007.yaml")));
        PreviewBuild build = new PreviewBuild(DealFixture.TEMPLATES, new OutputFolder(dir.resolve("output")), Optional.empty(), "test",
                holder -> true);

        PreviewBuild.Built built = build.run(List.of(file), false).get(0);
        assertThat(built.assembled()).isPresent();
        assertThat(built.assembled().get().bytes()).isEqualTo(Files.readAllBytes(file.path()));
        assertThat(built.withoutSet().assembled()).isEmpty();

        MarkdownSet own = new RememberedSets(pipeline()).read(file);
        assertThat(markdown(built.assembled().get().set())).as("the build's set, as the review reads it").isEqualTo(markdown(own));

        assertThat(build.run(List.of(file), false).get(0).assembled()).as("nothing assembled: the set is up to date").isEmpty();
    }

    @Test
    void aSetHandedOverIsReadWhileTheFileHoldsItsBytes() throws Exception {
        Handed h = handed();
        RememberedSets sets = new RememberedSets(h.pipeline());

        sets.keep(h.file(), h.bytes(), h.set());
        assertThat(sets.read(h.file())).isSameAs(h.set());

        h.saveAnotherPrice();
        assertThat(sets.read(h.file())).isNotSameAs(h.set());
    }

    @Test
    void aSetOfBytesTheFileNoLongerHoldsIsNotTaken() throws Exception {
        Handed h = handed();
        // Saved again after the build read it: its set is of the earlier bytes.
        h.saveAnotherPrice();
        RememberedSets sets = new RememberedSets(h.pipeline());

        sets.keep(h.file(), h.bytes(), h.set());
        MarkdownSet now = sets.read(h.file());
        assertThat(now).isNotSameAs(h.set());
        assertThat(now.deal().value("offering.price_per_unit")).hasToString("1.1");

        Files.write(h.file().path(), h.bytes());
        assertThat(sets.read(h.file())).as("the earlier bytes again: nothing was kept of them").isNotSameAs(h.set());
    }

    /** A set as a build hands it over: assembled from the file's bytes, with them. */
    private record Handed(DealFile file, Pipeline pipeline, byte[] bytes, MarkdownSet set) {
        void saveAnotherPrice() throws Exception {
            Files.writeString(file.path(), new String(bytes, StandardCharsets.UTF_8).replace("price_per_unit: 1.14", "price_per_unit: 1.10"));
        }
    }

    private Handed handed() throws Exception {
        DealFile file = deal(Files.readString(Path.of("deal/capstone-2007.yaml")));
        Pipeline pipeline = pipeline();
        return new Handed(file, pipeline, Files.readAllBytes(file.path()), pipeline.assemble(pipeline.load(file)));
    }

    private DealFile deal(String text) throws Exception {
        Path deal = dir.resolve("capstone-2007.yaml");
        Files.writeString(deal, text);
        return new DealFile(deal, "deal/capstone-2007.yaml");
    }

    private static Pipeline pipeline() throws Exception {
        return new Pipeline(DealFixture.TEMPLATES, Optional.empty(), "test", 1, List.of());
    }

    private static List<String> markdown(MarkdownSet set) {
        return set.documents().stream().map(AssembledDocument::markdown).toList();
    }
}
