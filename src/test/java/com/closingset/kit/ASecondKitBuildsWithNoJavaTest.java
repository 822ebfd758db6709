package com.closingset.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.closingset.pipeline.BuiltSet;
import com.closingset.pipeline.Pipeline;
import com.closingset.deal.Deal;
import com.closingset.deal.InputException;
import com.closingset.deal.DealFixture;
import com.closingset.deal.DealLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kit the engine has never seen (src/test/resources/kits/board-lock-up: an officer's certificate
 * and a lock-up agreement for each director) builds a whole closing set from YAML and templates
 * alone: its schema, figures, rules, documents repeated over its own list (directors, not
 * investors), its index and its cover. No line of Java names any of its fields.
 */
class ASecondKitBuildsWithNoJavaTest {
    private static final Path KITS = Path.of("src/test/resources/kits");
    private static final Path DEAL = KITS.resolve("board-lock-up-deal.yaml");
    private static final String SHOWN = "deal/board-lock-up.yaml";

    private static Deal deal;
    private static BuiltSet set;
    private static Map<String, String> markdown;

    @BeforeAll
    static void buildTheLockUpDeal() throws Exception {
        deal = new DealLoader(Kits.in(KITS)).load(DEAL, SHOWN);
        set = new Pipeline(KITS, Optional.empty(), "test").build(DEAL, SHOWN);
        markdown = new TreeMap<>();
        set.files().forEach((name, bytes) -> {
            if (name.endsWith(".md")) {
                markdown.put(name, new String(bytes, StandardCharsets.UTF_8));
            }
        });
    }

    @Test
    void theSetHoldsTheCertificateALockUpForEachDirectorTheIndexTheBinderAndTheChecksums() {
        assertThat(set.dealId()).isEqualTo("meridian-lock-up-2031");
        assertThat(set.files()).containsOnlyKeys(
                "officers-certificate.md", "officers-certificate.pdf", "officers-certificate.docx",
                "lock-up-01.md", "lock-up-01.pdf", "lock-up-01.docx", "lock-up-02.md", "lock-up-02.pdf", "lock-up-02.docx",
                "lock-up-03.md", "lock-up-03.pdf", "lock-up-03.docx",
                "index.md", "SHA256SUMS", "closing-set.pdf");
        set.files().forEach((name, bytes) -> {
            if (name.endsWith(".pdf")) {
                assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).as(name).isEqualTo("%PDF-");
            }
        });
        assertThat(set.documents()).isEqualTo(4);
        assertThat(new String(set.files().get("SHA256SUMS"), StandardCharsets.UTF_8))
                .contains("  lock-up-03.pdf\n", "  officers-certificate.md\n", "  closing-set.pdf\n", "  index.md\n");
    }

    @Test
    void theLockUpEndsItsDaysAfterItsFirstDay() {
        // May 15, 2031 + 180 days: 16 to May 31, +30 June (46), +31 July (77), +31 August (108),
        // +30 September (138), +31 October (169), +11 = November 11, 2031
        assertThat(deal.figures().value("lock_up_end")).isEqualTo(LocalDate.of(2031, 11, 11));
        assertThat(text("officers-certificate.md")).contains(
                "during the period beginning on May 15, 2031 and ending on November 11, 2031 (the “Lock-Up Period”)",
                "a period of one hundred eighty (180) days");
        for (String lockUp : List.of("lock-up-01.md", "lock-up-02.md", "lock-up-03.md")) {
            assertThat(text(lockUp)).as(lockUp).contains("beginning on May 15, 2031 and ending on November 11, 2031",
                    "The Lock-Up Period is one hundred eighty (180) days.");
        }
    }

    @Test
    void eachDirectorsShareOfTheOutstandingStockIsRoundedToFourPlacesHalfUp() {
        // of 48,000,000 shares outstanding:
        //   1,200,000 / 48,000,000 = 0.025           -> 0.0250, 2.5%
        //     850,000 / 48,000,000 = 0.0177083...    -> 0.0177, 1.77%
        //     333,333 / 48,000,000 = 0.0069444375    -> 0.0069, 0.69%
        List<Map<String, Object>> directors = deal.figures().items().get("directors");
        assertThat(directors).extracting(d -> (BigDecimal) d.get("ownership"))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.025"), new BigDecimal("0.0177"), new BigDecimal("0.0069"));
        assertThat(text("officers-certificate.md")).contains(
                "| Ruth Okafor | 1,200,000 | 2.5% |",
                "| José Núñez | 850,000 | 1.77% |",
                "| Margaret Ellison-Brandt | 333,333 | 0.69% |");
    }

    @Test
    void theTotalLockedUpIsTheSumOfTheDirectorsSharesAndItsShareIsComputedNotAdded() {
        // 1,200,000 + 850,000 + 333,333 = 2,383,333 shares;
        // 2,383,333 / 48,000,000 = 0.04965277... -> 0.0497, 4.97% (the rounded rows add up to 4.96%)
        assertThat(deal.figures().value("total_locked_up")).isEqualTo(2_383_333L);
        assertThat((BigDecimal) deal.figures().value("total_ownership")).isEqualByComparingTo("0.0497");
        assertThat(text("officers-certificate.md")).contains(
                "As of the date hereof, 48,000,000 shares of common stock of the Company are issued and outstanding.",
                "The three directors of the Company together hold 2,383,333 shares, or 4.97% of the shares outstanding,",
                "| **Total** | **2,383,333** | **4.97%** |");
    }

    @Test
    void eachLockUpNamesItsOwnDirectorSharesAndPercentageAndNoOther() {
        List<String> names = List.of("Ruth Okafor", "José Núñez", "Margaret Ellison-Brandt");
        List<String> holdings = List.of("1,200,000 shares of common stock of the Company (the “Shares”), being 2.5%",
                "850,000 shares of common stock of the Company (the “Shares”), being 1.77%",
                "333,333 shares of common stock of the Company (the “Shares”), being 0.69%");
        for (int i = 0; i < names.size(); i++) {
            String file = "lock-up-0" + (i + 1) + ".md";
            String lockUp = text(file);
            assertThat(lockUp).as(file).contains("The undersigned, " + names.get(i) + ", a director of Meridian Robotics, Inc.",
                    holdings.get(i), "of the 48,000,000 shares of common stock outstanding.", "Name: " + names.get(i) + "\\");
            for (String other : names) {
                if (!other.equals(names.get(i))) {
                    assertThat(lockUp).as(file).doesNotContain(other);
                }
            }
        }
    }

    @Test
    void aDirectorsAccentedNameIsDrawnInTheLockUpsPdf() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(set.files().get("lock-up-02.pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("The undersigned, José Núñez, a director", "Name: José Núñez");
        }
    }

    @Test
    void anOptionalFieldOfADirectorAppearsOnlyInThatDirectorsLockUp() {
        // Only Ruth Okafor gives an e-mail address for notices.
        assertThat(text("lock-up-01.md")).contains("may be given by e-mail to rokafor@example.com.");
        assertThat(text("lock-up-02.md")).doesNotContain("e-mail");
        assertThat(text("lock-up-03.md")).doesNotContain("e-mail");
    }

    @Test
    void theIndexListsEachDirectorsLockUpUnderTheDirectorsName() {
        String index = text("index.md");
        assertThat(index).contains("# Closing set: Meridian Robotics director lock-up", "Deal `meridian-lock-up-2031`",
                "| Officer’s Certificate | [officers-certificate.md](officers-certificate.md) |", "## For each director");
        String[] headings = {"### 1. Ruth Okafor: 1,200,000 shares", "### 2. José Núñez: 850,000 shares",
                "### 3. Margaret Ellison-Brandt: 333,333 shares"};
        String[] rows = {"| Lock-Up Agreement of Ruth Okafor | [lock-up-01.md](lock-up-01.md) | [lock-up-01.pdf](lock-up-01.pdf) |",
                "| Lock-Up Agreement of José Núñez | [lock-up-02.md](lock-up-02.md) | [lock-up-02.pdf](lock-up-02.pdf) |",
                "| Lock-Up Agreement of Margaret Ellison-Brandt | [lock-up-03.md](lock-up-03.md) | [lock-up-03.pdf](lock-up-03.pdf) |"};
        int from = index.indexOf("## For each director");
        for (int i = 0; i < headings.length; i++) {
            int heading = index.indexOf(headings[i], from);
            assertThat(heading).as(headings[i] + " after the previous director").isGreaterThan(from);
            int next = i + 1 < headings.length ? index.indexOf(headings[i + 1], heading) : index.length();
            String section = index.substring(heading, next);
            assertThat(section).as(headings[i]).contains(rows[i]);
            for (int j = 0; j < rows.length; j++) {
                if (j != i) {
                    assertThat(section).as(headings[i]).doesNotContain("lock-up-0" + (j + 1));
                }
            }
            from = heading;
        }
    }

    @Test
    void theBindersCoverIsTheKitsOwn() throws Exception {
        String cover = new Pipeline(KITS, Optional.empty(), "test").assemble(DEAL, SHOWN).cover();
        assertThat(cover).contains("**Meridian Robotics, Inc.**", "May 12, 2031",
                "Lock-up of 2,383,333 shares held by three directors, from May 15, 2031 through November 11, 2031.");
    }

    @Test
    void aLockUpStartingBeforeTheCertificateGetsTheKitsMessageAtTheField(@TempDir Path dir) {
        String text = dealText().replace("lock_up_start: 2031-05-15", "lock_up_start: 2031-05-10");
        assertThat(errorFor(dir, text)).isEqualTo("deal/x.yaml:26:18: dates.lock_up_start: the lock-up cannot start (2031-05-10)"
                + " before the officer’s certificate is dated (2031-05-12)");
    }

    @Test
    void directorsLockingUpMoreThanIsOutstandingGetTheKitsMessageAtTheList(@TempDir Path dir) {
        // 1,200,000 + 850,000 + 333,333 = 2,383,333 shares, more than 2,000,000 outstanding
        String text = dealText().replace("shares_outstanding: 48,000,000", "shares_outstanding: 2,000,000");
        assertThat(errorFor(dir, text)).isEqualTo("deal/x.yaml:34:3: directors: the directors lock up 2383333 shares, more than"
                + " the 2000000 outstanding (company.shares_outstanding)");
    }

    @Test
    void aDirectorListedTwiceIsRefusedWhateverTheCase(@TempDir Path dir) {
        String text = dealText().replace("  - name: Margaret Ellison-Brandt", "  - name: JOSÉ NÚÑEZ");
        assertThat(errorFor(dir, text)).isEqualTo("deal/x.yaml:39:11: directors[2].name: the director \"JOSÉ NÚÑEZ\" is listed"
                + " twice (as \"José Núñez\" before: the same name but for case, spacing or width); list each director once");
    }

    private static String errorFor(Path dir, String text) {
        Path file = DealFixture.write(dir, "x.yaml", text);
        Throwable t = catchThrowable(() -> new DealLoader(Kits.in(KITS)).load(file, "deal/x.yaml"));
        assertThat(t).isInstanceOf(InputException.class);
        assertThat(t.getMessage()).doesNotContain("\n");
        return t.getMessage();
    }

    private static String dealText() {
        try {
            return Files.readString(DEAL, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String file) {
        assertThat(markdown).containsKey(file);
        return markdown.get(file);
    }
}
