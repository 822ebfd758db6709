package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A disk that fails while the binder is streamed to it is reported as the disk's failure, not as
 * whatever the PDF library made of it (OpenPDF, writing on, reports "Unbalanced begin/end text operators").
 */
class AFailingDiskIsReportedAsItselfTest {
    private static final String FULL = "No space left on device";

    /** Takes whole files; a streamed file fails once it has taken 20 KB, as a disk that fills up. */
    private static final class FillingDisk implements FileSink {
        @Override
        public void put(String name, byte[] bytes) {
        }

        @Override
        public OutputStream create(String name) {
            return new OutputStream() {
                private long written;

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    written += len;
                    if (written > 20_000) {
                        throw new IOException(FULL);
                    }
                }
            };
        }

        @Override
        public boolean reuse(String name, String sha256, FileProof proof) {
            return false;
        }
    }

    @Test
    void theBinderFailingToBeWrittenSaysTheDisksReason() throws Exception {
        Pipeline pipeline = TestBuilds.builder();
        MarkdownSet set = pipeline.assemble(TestBuilds.CAPSTONE, "deal/capstone-2007.yaml");

        assertThatThrownBy(() -> pipeline.build(set, new FillingDisk(), BuildInputs.ofEngine("test"), Optional.empty(),
                BuildProgress.NONE)).isInstanceOf(IOException.class).hasMessage(FULL);
    }
}
