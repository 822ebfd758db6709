package com.closingset.pipeline;

import com.closingset.assemble.AssemblyException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One file a renderer draws: its name (as {@link com.closingset.layout.SetLayout} gives it), what its
 * bytes depend on beside the engine, the files it binds whose pages it must repeat page for page,
 * whether a previous build's copy may be taken over when those inputs are unchanged (not worth it
 * for a file cheaper to make than to hash again), what the file must show of itself to be taken
 * over, and the drawing itself.
 */
public record Drawing(String file, List<String> inputs, List<String> binds, boolean reusable, FileProof proof, Work work) {

    public Drawing {
        inputs = List.copyOf(inputs);
        binds = List.copyOf(binds);
    }

    /** A file that stands alone: a document's own. */
    public static Drawing of(String file, List<String> inputs, boolean reusable, Work work) {
        return new Drawing(file, inputs, List.of(), reusable, FileProof.RECORD_ONLY, work);
    }

    /** A file that stands alone, taken over from a previous build only where the file shows {@code proof}. */
    public static Drawing of(String file, List<String> inputs, FileProof proof, Work work) {
        return new Drawing(file, inputs, List.of(), true, proof, work);
    }

    /**
     * Draws the file into {@code out} (not closed), given the files it binds as they are made. May run
     * on any thread, beside other drawings.
     */
    @FunctionalInterface
    public interface Work {
        Drawn draw(OutputStream out, BoundFiles bound) throws IOException, AssemblyException;
    }

    /** The files a drawing binds, in the order of its {@link #binds()}, each given once it is made. */
    @FunctionalInterface
    public interface BoundFiles {
        /** Nothing bound: what a file that stands alone is given. */
        BoundFiles NONE = index -> {
            throw new IllegalStateException("a file that stands alone binds nothing");
        };

        /** The bytes of the {@code index}-th file bound, waiting until it is made; each is asked for once, in order. */
        byte[] file(int index) throws IOException;
    }

    /** The pages drawn (0 for a format without pages) and, for a file that binds others, the pages each took in it. */
    public record Drawn(int pages, List<Integer> boundPages) {

        public Drawn {
            boundPages = List.copyOf(boundPages);
        }

        public static Drawn pages(int pages) {
            return new Drawn(pages, List.of());
        }
    }
}
