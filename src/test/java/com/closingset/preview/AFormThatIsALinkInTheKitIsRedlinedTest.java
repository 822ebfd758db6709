package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import com.closingset.deal.DealFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kit may hold a symbolic link that stays inside it, as the build allows (a form kept once and
 * linked under the name its manifest gives). The preview's redline reads the last commit's side
 * through the link as committed: a word changed in the linked form shows as its document changed,
 * where the page said only that the templates hold a link.
 */
class AFormThatIsALinkInTheKitIsRedlinedTest {
    private static final String KIT = "templates/registered-direct/";
    private static final String RESULTS = "ex-99.2-press-release-results.md.ftl";

    @Test
    void aWordOfTheLinkedFormShowsAsItsDocumentChanged(@TempDir Path home) throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        Path deal = CapstoneProject.at(home);
        Path form = Files.createDirectories(home.resolve(KIT + "forms")).resolve(RESULTS);
        Files.move(home.resolve(KIT + RESULTS), form);
        Files.createSymbolicLink(home.resolve(KIT + RESULTS), Path.of("forms/" + RESULTS));
        CapstoneProject.commit(home, "the results form linked");
        Files.writeString(form, Files.readString(form).replace("will be announced at the close", "will be released at the close"));

        try (SetReview review = new SetReview(home, home.resolve("templates"), Optional.empty(), "test")) {
            PreviewState.RedlineView redline = review.review(new DealFile(deal, "deal/capstone-2007.yaml"), Optional.empty()).redline();

            assertThat(redline.note()).isEmpty();
            assertThat(redline.documents()).extracting(c -> c.state() + ": " + c.title())
                    .containsExactly("changed: Exhibit 99.2: Press release issued by Capstone Turbine Corporation on January 19, 2007");
            assertThat(String.join("", redline.documents().get(0).passages())).contains("<del>announced</del> <ins>released</ins>");
        }
    }
}
