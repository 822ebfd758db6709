package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.assemble.AssembledDocument;
import com.closingset.deal.DealFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output format plugs into the pipeline as one renderer: its files are written beside the
 * others, listed in SHA256SUMS, and taken over unchanged by the next build, with no command touched.
 */
class ANewFormatIsARendererTest {
    @TempDir
    Path out;

    /** Each document as plain text, one word count per file: a stand-in for Word. */
    static final class WordCounts implements Renderer {
        final AtomicInteger drawn = new AtomicInteger();

        @Override
        public List<Drawing> drawings(MarkdownSet set, SetMetadata metadata) {
            return set.documents().stream().map(this::drawing).toList();
        }

        private Drawing drawing(AssembledDocument d) {
            return Drawing.of(d.output() + ".words.txt", List.of(d.markdown()), true, (o, bound) -> {
                drawn.incrementAndGet();
                o.write((d.markdown().split("\\s+").length + "\n").getBytes(StandardCharsets.UTF_8));
                return Drawing.Drawn.pages(0);
            });
        }
    }

    @Test
    void itsFilesAreWrittenListedAndReused() throws Exception {
        WordCounts words = new WordCounts();
        List<Renderer> renderers = new ArrayList<>(Pipeline.standardRenderers());
        renderers.add(words);
        Pipeline pipeline = new Pipeline(TestBuilds.TEMPLATES, Optional.empty(), ProductVersion.get(), 2, renderers);
        MarkdownSet set = pipeline.assemble(TestBuilds.CAPSTONE, "deal/capstone-2007.yaml");

        BuiltSet built = pipeline.build(set);

        assertThat(built.files()).containsKey("8-k.words.txt");
        assertThat(new String(built.files().get("SHA256SUMS"), StandardCharsets.UTF_8)).contains("  8-k.words.txt\n");
        assertThat(pipeline.fileNames(set)).containsAll(built.files().keySet());
        assertThat(words.drawn.get()).isEqualTo(set.documents().size());
    }

    @Test
    void anUnchangedFileIsTakenOverByTheNextBuild() throws Exception {
        WordCounts words = new WordCounts();
        List<Renderer> renderers = new ArrayList<>(Pipeline.standardRenderers());
        renderers.add(words);
        Path deal = out.resolve("deal.yaml");
        Files.copy(TestBuilds.CAPSTONE, deal);
        List<DealFile> deals = List.of(new DealFile(deal, "deal.yaml"));
        OutputFolder folder = new OutputFolder(out.resolve("output"));
        new IncrementalBuild(TestBuilds.TEMPLATES, folder, Optional.empty(), ProductVersion.get(), () -> renderers).run(deals, BuildProgress.NONE);
        int drawnFirst = words.drawn.get();
        // A change no document shows: the deal is built again, and every file taken over, none drawn again.
        Files.writeString(deal, Files.readString(deal) + "\n# a comment\n");
        List<IncrementalBuild.Outcome> again = new IncrementalBuild(TestBuilds.TEMPLATES, folder, Optional.empty(),
                ProductVersion.get(), () -> renderers).run(deals, BuildProgress.NONE);

        assertThat(again.get(0).upToDate()).isFalse();
        assertThat(again.get(0).pdfsDrawn()).isZero();
        assertThat(words.drawn.get()).isEqualTo(drawnFirst);
        assertThat(Files.readString(out.resolve("output/capstone-2007/8-k.words.txt"))).isNotBlank();
    }
}
