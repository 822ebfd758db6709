package com.closingset.bench;

import com.closingset.pipeline.BuildInputs;
import com.closingset.pipeline.Pipeline;
import com.closingset.pipeline.MarkdownSet;
import com.closingset.pipeline.OutputFolder;
import com.closingset.pipeline.StagedSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where one build's time goes, in a fresh JVM: setting up the builder (templates), assembling the
 * Markdown, then drawing, with the moment the last document's PDF and the binder were done. The
 * files go to a scratch folder that is removed. A plain main for BENCHMARKS.md, not a test.
 * Arguments: deal file, threads (default deal/capstone-2007.yaml and one per processor); run from
 * the project folder (templates/), with the JVM flags to measure.
 */
public final class BuildPhases {
    private BuildPhases() {
    }

    public static void main(String[] args) throws Exception {
        Path deal = Path.of(args.length > 0 ? args[0] : "deal/capstone-2007.yaml");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        long start = System.nanoTime();
        Pipeline builder = new Pipeline(Path.of("templates"), Optional.empty(), "bench", threads);
        long setUp = System.nanoTime();
        MarkdownSet set = builder.assemble(deal, deal.toString());
        long assembled = System.nanoTime();
        long[] lastDocument = new long[1];
        Path root = Files.createTempDirectory("closingset-phases");
        OutputFolder scratch = new OutputFolder(root);
        StagedSet staged = scratch.stage(set.deal().id());
        try {
            builder.build(set, staged, BuildInputs.of("bench", Path.of("templates")), Optional.empty(),
                    (id, done, total) -> lastDocument[0] = done == total ? System.nanoTime() : lastDocument[0]);
            long drawn = System.nanoTime();
            System.out.printf("set-up %d ms, assembly %d ms, drawing: documents done after %d ms, binder after %d ms%n",
                    ms(setUp - start), ms(assembled - setUp), ms(lastDocument[0] - assembled), ms(drawn - assembled));
        } finally {
            scratch.discard(staged);
            Files.deleteIfExists(root);
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
