package com.closingset.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.DealFile;
import com.closingset.layout.SetLayout;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every page of every blackline (each document's and {@code blackline.pdf}, cover included) names
 * the two versions in its top margin, so a page printed or forwarded alone still says what it
 * compares: a file by its path and the deal's date, a git revision by the commit it named.
 */
class BlacklineHeadersNameTheVersionsTest {
    private static final String HEADER = "Old: " + PriceChange.OLD + ", January 18, 2007 New: " + PriceChange.NEW + ", January 18, 2007";

    @Test
    void everyPageOfEveryBlacklineIsHeadedByBothVersions() throws Exception {
        Map<String, byte[]> pdfs = PriceChange.pdfs();
        assertThat(pdfs).containsKey(SetLayout.REDLINE_BLACKLINE).hasSizeGreaterThan(2);
        int pages = 0;
        for (Map.Entry<String, byte[]> file : pdfs.entrySet()) {
            try (BlacklinePdf pdf = new BlacklinePdf(file.getValue())) {
                for (int page = 1; page <= pdf.pages(); page++) {
                    assertThat(pdf.header(page).replaceAll("\\s+", " ")).as("%s, page %d", file.getKey(), page).isEqualTo(HEADER);
                    pages++;
                }
            }
        }
        assertThat(pages).isGreaterThan(pdfs.size());
    }

    @Test
    void aVersionReadFromGitIsNamedByRevisionAndCommit() {
        ComparedVersion v = new ComparedVersion(new DealFile(Path.of("/tmp/old.yaml"), "HEAD~1:deal/x.yaml"), "deal/x.yaml",
                ComparedVersion.Origin.REVISION, "HEAD~1", "48839c9a1b2c3d4e5f60718293a4b5c6d7e8f901");
        assertThat(v.label(LocalDate.of(2007, 1, 18))).isEqualTo("deal/x.yaml at HEAD~1 (48839c9a1b2c)");
        assertThat(v.source(LocalDate.of(2007, 1, 18))).isEqualTo("git revision HEAD~1, commit 48839c9a1b2c");
    }

    @Test
    void theWorkingTreeIsNamedAsSuch() {
        ComparedVersion v = new ComparedVersion(new DealFile(Path.of("deal/x.yaml"), "deal/x.yaml"), "deal/x.yaml",
                ComparedVersion.Origin.WORKING_TREE, "", "");
        assertThat(v.label(LocalDate.of(2007, 1, 18))).isEqualTo("deal/x.yaml, working tree");
    }
}
