package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.DealFixture;
import com.closingset.deal.DealFile;
import com.closingset.pipeline.MarkdownSet;
import com.closingset.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's redline reads two sides at every save; a save changes one. Each side keeps the set
 * it read last of each deal file and assembles again only when the file's bytes differ, so the last
 * commit's set of a large deal is not assembled again at every save of the working tree.
 */
class ASaveAssemblesOnlyTheSideItChangedTest {
    @TempDir
    Path dir;

    @Test
    void theSameBytesGiveTheSetReadBeforeAndOthersAreReadAgain() throws Exception {
        Path deal = dir.resolve("capstone-2007.yaml");
        String text = Files.readString(Path.of("deal/capstone-2007.yaml"));
        Files.writeString(deal, text);
        RememberedSets sets = new RememberedSets(new Pipeline(DealFixture.TEMPLATES, Optional.empty(), "test", 1, List.of()));
        DealFile file = new DealFile(deal, "deal/capstone-2007.yaml");

        MarkdownSet first = sets.read(file);
        assertThat(sets.read(file)).isSameAs(first);

        Files.writeString(deal, text.replace("price_per_unit: 1.14", "price_per_unit: 1.10"));
        MarkdownSet changed = sets.read(file);
        assertThat(changed).isNotSameAs(first);
        assertThat(changed.deal().value("offering.price_per_unit")).hasToString("1.1");
        assertThat(sets.read(file)).isSameAs(changed);

        Files.writeString(deal, text);
        assertThat(sets.read(file)).isNotSameAs(first).isNotSameAs(changed);
    }
}
