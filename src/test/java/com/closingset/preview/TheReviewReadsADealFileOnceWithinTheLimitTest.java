package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.closingset.NamedPipe;
import com.closingset.deal.DealFile;
import com.closingset.deal.DealFixture;
import com.closingset.deal.InputException;
import com.closingset.pipeline.MarkdownSet;
import com.closingset.pipeline.Pipeline;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A side of the preview's redline reads the deal file once and assembles the set from the bytes it
 * read, so the set it keeps is of exactly those bytes, and reads no more than the loader's limit: a
 * file of gigabytes gets the loader's line in serve too, not a heap run out. A named pipe, which can
 * be read only once, shows the first; a sparse file of 3 GB the second.
 */
class TheReviewReadsADealFileOnceWithinTheLimitTest {
    @TempDir
    Path dir;

    @Test
    void aDealThatCanBeReadOnlyOnceIsAssembled() throws Exception {
        byte[] deal = Files.readAllBytes(Path.of("deal/capstone-2007.yaml"));
        try (NamedPipe pipe = NamedPipe.make(dir.resolve("deal.yaml"), "a named pipe is how this test reads a file only once")) {
            pipe.feed(() -> { }, deal);
            Future<MarkdownSet> read = pipe.read(() -> sets().read(new DealFile(pipe.path(), "deal/capstone-2007.yaml")));
            MarkdownSet set;
            try {
                set = read.get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                pipe.endWaitingRead();
                throw new AssertionError("the side read the deal file a second time", e);
            }

            assertThat(set.deal().id()).isEqualTo("capstone-2007");
        }
    }

    @Test
    void aFileOfThreeGigabytesIsRefusedByTheLimit() throws Exception {
        Path deal = dir.resolve("disk-image.yaml");
        try (RandomAccessFile file = new RandomAccessFile(deal.toFile(), "rw")) {
            file.setLength(3L << 30);
        }

        Throwable refused = catchThrowable(() -> sets().read(new DealFile(deal, "deal/disk-image.yaml")));

        assertThat(refused).isInstanceOf(InputException.class)
                .hasMessage("deal/disk-image.yaml: the file is larger than 32 MB; a deal of 100,000 investors is about 25 MB");
    }

    private static RememberedSets sets() throws Exception {
        return new RememberedSets(new Pipeline(DealFixture.TEMPLATES, Optional.empty(), "test", 1, List.of()));
    }
}
