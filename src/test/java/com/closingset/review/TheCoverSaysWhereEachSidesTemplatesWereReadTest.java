package com.closingset.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.DealFile;
import com.closingset.deal.DealFixture;
import com.closingset.layout.SetLayout;
import com.closingset.pipeline.Pipeline;
import com.closingset.pipeline.ProductVersion;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A redline whose two sides were assembled from different templates (the preview's, against the last
 * commit) says on its cover where each side's were read, so a change in a form is not taken for a
 * change in the deal file; a redline of two deal files under the same templates names none.
 */
class TheCoverSaysWhereEachSidesTemplatesWereReadTest {
    @Test
    void eachSideNamesItsTemplates(@TempDir Path dir) throws Exception {
        DealFile deal = new DealFile(DealFixture.write(dir, "deal.yaml", DealFixture.validText()), "deal/capstone-2007.yaml");
        Pipeline pipeline = new Pipeline(DealFixture.TEMPLATES, Optional.empty(), ProductVersion.get());
        RedlineSet set = new Redliner(SetReader.of(pipeline), SetReader.of(pipeline), pipeline, new Redliner.Templates("templates/ as at that commit",
                "templates/ as they stand")).compare(deal, deal);

        try (BlacklinePdf pdf = new BlacklinePdf(set.files().get(SetLayout.REDLINE_BLACKLINE))) {
            assertThat(pdf.text(1, 1).replaceAll("\\s+", " "))
                    .contains("Old deal/capstone-2007.yaml deal dated January 18, 2007; templates/ as at that commit")
                    .contains("New deal/capstone-2007.yaml deal dated January 18, 2007; templates/ as they stand");
        }
    }

    @Test
    void twoDealFilesUnderTheSameTemplatesNameNone() throws Exception {
        try (BlacklinePdf pdf = new BlacklinePdf(PriceChange.set().files().get(SetLayout.REDLINE_BLACKLINE))) {
            assertThat(pdf.text(1, 1)).doesNotContain("templates/");
        }
    }
}
