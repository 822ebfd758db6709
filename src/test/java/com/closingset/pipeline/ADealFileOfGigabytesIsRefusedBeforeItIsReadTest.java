package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.closingset.deal.DealFile;
import com.closingset.deal.InputException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build reads the deal file to hash it before the loader sees it, so the loader's size limit must
 * hold there too: a disk image named {@code .yaml} is refused with the loader's own line, having read
 * no more than the limit, not by the heap running out. The file is sparse, so it takes no disk.
 */
class ADealFileOfGigabytesIsRefusedBeforeItIsReadTest {
    @TempDir
    Path dir;

    @Test
    void aFileOfThreeGigabytesIsRefusedByTheLimit() throws Exception {
        Path deal = dir.resolve("disk-image.yaml");
        try (RandomAccessFile file = new RandomAccessFile(deal.toFile(), "rw")) {
            file.setLength(3L << 30);
        }
        Path output = dir.resolve("output");
        IncrementalBuild build = new IncrementalBuild(TestBuilds.TEMPLATES, new OutputFolder(output), Optional.empty(),
                ProductVersion.get(), () -> List.of(new MarkdownFiles(), new DocumentPdfs(), new Binder()));

        Throwable refused = catchThrowable(() -> build.run(List.of(new DealFile(deal, "deal/disk-image.yaml")), BuildProgress.NONE));

        assertThat(refused).isInstanceOf(InputException.class)
                .hasMessage("deal/disk-image.yaml: the file is larger than 32 MB; a deal of 100,000 investors is about 25 MB");
        assertThat(output).satisfiesAnyOf(o -> assertThat(o).doesNotExist(), o -> assertThat(o).isEmptyDirectory());
    }
}
