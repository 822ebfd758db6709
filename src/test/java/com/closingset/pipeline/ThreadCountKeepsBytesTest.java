package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drawing the documents on several threads at once gives the very bytes drawn one after another,
 * every file of the set, run after run; the progress counts each document once, in order.
 */
class ThreadCountKeepsBytesTest {
    private static BuiltSet oneThread;
    private static BuiltSet fourThreads;
    private static BuiltSet fourThreadsAgain;
    private static final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        oneThread = new Pipeline(TestBuilds.TEMPLATES, Optional.empty(), ProductVersion.get(), 1)
                .build(TestBuilds.CAPSTONE, "deal/capstone-2007.yaml");
        Pipeline four = new Pipeline(TestBuilds.TEMPLATES, Optional.empty(), ProductVersion.get(), 4);
        fourThreads = four.build(four.assemble(TestBuilds.CAPSTONE, "deal/capstone-2007.yaml"),
                (deal, done, total) -> progress.add(deal + " " + done + "/" + total));
        // The same pipeline again: its renderers, already used, are handed out to new threads.
        fourThreadsAgain = four.build(TestBuilds.CAPSTONE, "deal/capstone-2007.yaml");
    }

    @Test
    void fourThreadsWriteEveryFileByteForByteAsOneThreadDoes() {
        assertIdentical(fourThreads, oneThread);
    }

    @Test
    void aSecondRunWritesTheSameBytes() {
        assertIdentical(fourThreadsAgain, fourThreads);
    }

    @Test
    void progressCountsEachDocumentOnceInOrder() {
        int total = fourThreads.documents();
        assertThat(total).isGreaterThan(4);
        assertThat(progress).containsExactlyElementsOf(
                IntStream.rangeClosed(1, total).mapToObj(n -> "capstone-2007 " + n + "/" + total).toList());
    }

    private static void assertIdentical(BuiltSet actual, BuiltSet expected) {
        assertThat(actual.files().keySet()).isEqualTo(expected.files().keySet())
                .contains("closing-set.pdf", "index.md", "SHA256SUMS", "8-k.pdf");
        for (Map.Entry<String, byte[]> f : expected.files().entrySet()) {
            assertThat(actual.files().get(f.getKey())).as(f.getKey()).isEqualTo(f.getValue());
        }
    }
}
