package com.closingset.review;

import com.closingset.deal.DealFile;
import com.closingset.deal.DealFixture;
import com.closingset.pipeline.Pipeline;
import com.closingset.pipeline.ProductVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The blacklines of one change shared by the tests of the blackline's form: the test deal (a copy
 * of Capstone's) with its price per unit lowered from $1.14 to $1.10, which changes the 8-K, the
 * press releases and every subscription agreement, and no warrant. Compared once per test run.
 */
final class PriceChange {
    static final String OLD = "deal/old.yaml";
    static final String NEW = "deal/new.yaml";
    private static RedlineSet set;

    private PriceChange() {
    }

    static synchronized RedlineSet set() throws Exception {
        if (set == null) {
            Path dir = Files.createTempDirectory("closingset-price-change-");
            try {
                DealFile old = new DealFile(DealFixture.write(dir, "old.yaml", DealFixture.validText()), OLD);
                DealFile now = new DealFile(DealFixture.write(dir, "new.yaml",
                        DealFixture.edited("price_per_unit: 1.14", "price_per_unit: 1.10")), NEW);
                set = new Redliner(new Pipeline(DealFixture.TEMPLATES, Optional.empty(), ProductVersion.get())).compare(old, now);
            } finally {
                for (String f : new String[] {"old.yaml", "new.yaml", ""}) {
                    deleteQuietly(dir.resolve(f));
                }
            }
        }
        return set;
    }

    /** Every blackline PDF of the set: each changed document's and {@code blackline.pdf}. */
    static Map<String, byte[]> pdfs() throws Exception {
        Map<String, byte[]> pdfs = new TreeMap<>();
        set().files().forEach((name, bytes) -> {
            if (name.endsWith(".pdf")) {
                pdfs.put(name, bytes);
            }
        });
        return pdfs;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
