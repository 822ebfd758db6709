package com.closingset.bench;

import com.closingset.pipeline.BuildResult;
import com.closingset.pipeline.FileProof;
import com.closingset.pipeline.FileSink;
import com.closingset.pipeline.Pipeline;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Pages per second of a warm build in process: one builder (templates, fonts set up once), a few builds
 * to let the JIT settle, then timed builds of the whole set (Markdown, every PDF and Word file, the
 * binder), each file dropped once drawn: nothing written, nothing kept, so a large deal's set is
 * timed in the heap a build of it needs. A plain main run by bench/run on the jar and the test
 * classes, not a test: a slow machine is no failure. Arguments: deal file, warm-up builds, timed
 * builds (default deal/capstone-2007.yaml 3 5); run from the project folder (templates/).
 */
public final class WarmPages {
    private WarmPages() {
    }

    public static void main(String[] args) throws Exception {
        Path deal = Path.of(args.length > 0 ? args[0] : "deal/capstone-2007.yaml");
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Pipeline builder = new Pipeline(Path.of("templates"), Optional.empty(), "bench");
        for (int i = 0; i < warmUps; i++) {
            build(builder, deal);
        }
        double[] pagesPerSecond = new double[runs];
        int pages = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            BuildResult set = build(builder, deal);
            double seconds = (System.nanoTime() - start) / 1e9;
            pages = set.pages();
            pagesPerSecond[i] = pages / seconds;
            System.out.printf("run %d: %d pages in %.3f s, %.1f pages/s%n", i + 1, pages, seconds, pagesPerSecond[i]);
        }
        Arrays.sort(pagesPerSecond);
        System.out.printf("median: %.1f pages/s (%d pages a build, %d timed builds after %d warm-up)%n",
                pagesPerSecond[runs / 2], pages, runs, warmUps);
    }

    private static BuildResult build(Pipeline builder, Path deal) throws Exception {
        return builder.build(builder.assemble(deal, deal.toString()), new Dropped());
    }

    /** A sink that keeps nothing: what is timed is the drawing, not holding the set. */
    private static final class Dropped implements FileSink {
        @Override
        public void put(String name, byte[] bytes) {
        }

        @Override
        public OutputStream create(String name) {
            return OutputStream.nullOutputStream();
        }

        @Override
        public boolean reuse(String name, String sha256, FileProof proof) {
            return false;
        }
    }
}
