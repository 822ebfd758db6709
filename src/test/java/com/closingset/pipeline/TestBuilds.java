package com.closingset.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** One builder for the project's real templates, as the CLI sets it up without SOURCE_DATE_EPOCH. */
final class TestBuilds {
    static final Path TEMPLATES = Path.of("templates");
    static final Path CAPSTONE = Path.of("deal/capstone-2007.yaml");

    private TestBuilds() {
    }

    static Pipeline builder() throws Exception {
        return builder(Optional.empty());
    }

    static Pipeline builder(Optional<Instant> sourceDate) throws Exception {
        return new Pipeline(TEMPLATES, sourceDate, ProductVersion.get());
    }

    static BuiltSet capstone() throws Exception {
        return builder().build(CAPSTONE, "deal/capstone-2007.yaml");
    }
}
