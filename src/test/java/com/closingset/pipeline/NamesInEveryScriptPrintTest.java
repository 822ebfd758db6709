package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.Pdftotext;
import com.closingset.deal.DealFixture;
import com.closingset.pdf.FontChain;
import com.closingset.pdf.VeraPdf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Investors named in Chinese, Japanese, Korean, Arabic and Hebrew get warrants and subscriptions that
 * print their names: read back from the PDFs by poppler's pdftotext, each in the font of its script
 * (Noto, embedded as a subset), right-to-left names in their reading order, and PDF/A-1b still valid.
 * Needs Debian's fonts-noto-core and fonts-noto-cjk and poppler-utils, which .ci/run installs.
 */
class NamesInEveryScriptPrintTest {
    private static final Map<String, String> NAMES = Map.of(
            "Harborview Opportunity Fund, L.P.", "北京华夏投资有限公司",
            "Redwood Crest Capital Partners LLC", "株式会社みずほキャピタル",
            "Meridian Square Master Fund Ltd.", "한국투자증권 주식회사",
            "Lakeshore Growth Equity Trust", "شركة الخليج للاستثمار",
            "Pinecrest Strategic Investors, L.P.", "קרן השקעות ירושלים");
    /** Each investor's warrant, in the deal's order, and the face its name must be drawn in. */
    private static final List<String[]> WARRANTS = List.of(
            new String[] {"warrant-01.pdf", "北京华夏投资有限公司", "NotoSerifCJKsc"},
            new String[] {"warrant-02.pdf", "株式会社みずほキャピタル", "NotoSerifCJKjp"},
            new String[] {"warrant-03.pdf", "한국투자증권 주식회사", "NotoSerifCJKkr"},
            new String[] {"warrant-04.pdf", "شركة الخليج للاستثمار", "NotoNaskhArabic"},
            new String[] {"warrant-05.pdf", "קרן השקעות ירושלים", "LiberationSerif"});

    @TempDir
    static Path dir;
    private static Path deal;
    private static BuiltSet set;

    @BeforeAll
    static void build() throws Exception {
        assumeTrue(FontChain.system().names().contains("NotoSerifCJK") && FontChain.system().names().contains("NotoNaskhArabic"),
                "fonts-noto-core and fonts-noto-cjk are not installed (.ci/run installs them)");
        assumeTrue(Pdftotext.installed(), "poppler-utils (pdftotext, pdffonts) is not installed");
        String text = DealFixture.validText();
        for (Map.Entry<String, String> name : NAMES.entrySet()) {
            text = text.replace("  - name: " + name.getKey(), "  - name: " + name.getValue());
        }
        deal = DealFixture.write(dir, "scripts.yaml", text);
        set = new Pipeline(DealFixture.TEMPLATES, Optional.empty(), ProductVersion.get(), 4).build(deal, "deal/scripts.yaml");
    }

    @Test
    void eachWarrantNamesItsHolderInItsOwnScript() throws Exception {
        for (String[] w : WARRANTS) {
            assertThat(Pdftotext.readable(file(w[0]))).as(w[0]).contains("Registered Holder: " + w[1]);
        }
    }

    @Test
    void eachNameIsDrawnInAFontOfItsScriptEmbeddedAsASubset() throws Exception {
        for (String[] w : WARRANTS) {
            String fonts = run(file(w[0]), "pdffonts");
            assertThat(fonts).as(w[0]).containsPattern("[A-Z]{6}\\+" + w[2] + "\\S*\\s.*Identity-H\\s+yes yes yes");
        }
    }

    @Test
    void theFootersAndTheBindersContentsNameThemToo() throws Exception {
        assertThat(Pdftotext.readable(file("warrant-02.pdf"))).contains("Warrant No. W-2 (株式会社みずほキャピタル)");
        assertThat(Pdftotext.readable(file("closing-set.pdf"))).contains("北京华夏投资有限公司", "شركة الخليج للاستثمار",
                "한국투자증권 주식회사", "קרן השקעות ירושלים");
    }

    /** The fallback faces' subset tags are drawn from each document's fingerprint, whichever renderer draws it. */
    @Test
    void oneThreadDrawsTheSameBytesAsFour() throws Exception {
        BuiltSet alone = new Pipeline(DealFixture.TEMPLATES, Optional.empty(), ProductVersion.get(), 1).build(deal, "deal/scripts.yaml");
        assertThat(alone.files().keySet()).isEqualTo(set.files().keySet());
        assertThat(alone.files().keySet().stream().filter(f -> !java.util.Arrays.equals(alone.files().get(f), set.files().get(f))))
                .as("files drawn otherwise by one thread than by four").isEmpty();
    }

    @Test
    void theyArePdfA1b() throws Exception {
        for (String name : List.of("warrant-01.pdf", "warrant-04.pdf")) {
            assertThat(VeraPdf.pdfA1bViolations(set.files().get(name))).as(name).isEmpty();
        }
    }

    private static Path file(String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            Files.write(file, set.files().get(name));
        }
        return file;
    }

    private static String run(Path pdf, String... command) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(command));
        args.add(pdf.toString());
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", args)).isZero();
        return out;
    }
}
