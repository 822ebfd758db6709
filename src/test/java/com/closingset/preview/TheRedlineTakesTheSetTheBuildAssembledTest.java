package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.assemble.AssembledDocument;
import com.closingset.deal.DealFile;
import com.closingset.deal.DealFixture;
import com.closingset.pipeline.MarkdownSet;
import com.closingset.pipeline.OutputFolder;
import com.closingset.pipeline.Pipeline;
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
        String text = Files.readString(Path.of("deal/capstone-2007.yaml"));
        DealFile file = deal(text);
        Pipeline pipeline = pipeline();
        MarkdownSet built = pipeline.assemble(pipeline.load(file));
        RememberedSets sets = new RememberedSets(pipeline);

        sets.keep(file, Files.readAllBytes(file.path()), built);
        assertThat(sets.read(file)).isSameAs(built);

        Files.writeString(file.path(), text.replace("price_per_unit: 1.14", "price_per_unit: 1.10"));
        assertThat(sets.read(file)).isNotSameAs(built);
    }

    @Test
    void aSetOfBytesTheFileNoLongerHoldsIsNotTaken() throws Exception {
        String text = Files.readString(Path.of("deal/capstone-2007.yaml"));
        DealFile file = deal(text);
        Pipeline pipeline = pipeline();
        MarkdownSet built = pipeline.assemble(pipeline.load(file));
        byte[] read = Files.readAllBytes(file.path());
        // Saved again after the build read it: its set is of the earlier bytes.
        Files.writeString(file.path(), text.replace("price_per_unit: 1.14", "price_per_unit: 1.10"));
        RememberedSets sets = new RememberedSets(pipeline);

        sets.keep(file, read, built);
        MarkdownSet now = sets.read(file);
        assertThat(now).isNotSameAs(built);
        assertThat(now.deal().value("offering.price_per_unit")).hasToString("1.1");

        Files.writeString(file.path(), text);
        assertThat(sets.read(file)).as("the earlier bytes again: nothing was kept of them").isNotSameAs(built);
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
