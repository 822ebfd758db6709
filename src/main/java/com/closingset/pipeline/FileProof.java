package com.closingset.pipeline;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a previous build's file must show of itself to be taken over, beyond the build record's
 * word: a PDF, the document ID drawn from its Markdown and metadata. The record can be edited; a
 * file drawn from other Markdown cannot carry this one's ID.
 */
@FunctionalInterface
public interface FileProof {
    /** For a file whose bytes are proof enough of nothing: take its hash in the record as it stands. */
    FileProof RECORD_ONLY = file -> true;

    boolean provenBy(Path file) throws IOException;
}
