package com.closingset.pipeline;

import com.closingset.layout.SetLayout;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The binder's index, after its cover, is a closing volume's: every document behind a tab of its
 * own, numbered 1, 2, ... in the binder's order, with its exhibit number and its first page.
 */
class BinderIndexHasTabNumbersTest {
    private static final Pattern ROW = Pattern.compile("^(\\d+) (?:(\\d+\\.\\d+) )?(.+) (\\d+)$");
    private static List<Matcher> rows;
    private static String heading;

    @BeforeAll
    static void build() throws Exception {
        BuiltSet capstone = TestBuilds.capstone();
        try (PDDocument binder = Loader.loadPDF(capstone.files().get(SetLayout.BINDER))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            List<String> lines = stripper.getText(binder).lines().map(l -> l.replaceAll("\\s+", " ").strip())
                    .filter(l -> !l.isEmpty()).toList();
            heading = lines.get(0) + " / " + lines.get(1);
            rows = new ArrayList<>();
            for (String line : lines.subList(2, lines.size())) {
                Matcher m = ROW.matcher(line);
                if (m.matches()) {
                    rows.add(m);
                }
            }
        }
    }

    @Test
    void theIndexHasATabColumn() {
        assertThat(heading).isEqualTo("Index / Tab Exhibit Document Page");
    }

    @Test
    void everyDocumentHasTheNextTabNumber() {
        assertThat(rows).hasSize(17);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).group(1)).as(rows.get(i).group(0)).isEqualTo(String.valueOf(i + 1));
        }
    }

    @Test
    void eachTabGivesItsExhibitAndDocument() {
        assertThat(rows.get(0).group(3)).isEqualTo("Current Report on Form 8-K");
        assertThat(rows.get(1).group(2)).isEqualTo("1.1");
        assertThat(rows.get(1).group(3)).isEqualTo("Placement Agency Agreement");
        assertThat(rows.get(7).group(3)).isEqualTo("Warrant No. W-1 (Harborview Opportunity Fund, L.P.)");
        assertThat(rows.get(16).group(3)).isEqualTo("Subscription Agreement of Pinecrest Strategic Investors, L.P.");
    }
}
