package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import com.closingset.deal.DealFile;
import com.closingset.deal.DealFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's redline is of the working tree against the last commit: a word changed in a form
 * (a template), the deal left as committed, shows as the documents of the set it changes, as the
 * committed Markdown would show it in a pull request, and not as "no document differs".
 */
class AFormChangedSinceTheLastCommitShowsInTheRedlineTest {
    private static final String RESULTS = "templates/registered-direct/ex-99.2-press-release-results.md.ftl";

    @Test
    void aWordOfATemplateShowsAsItsDocumentChanged(@TempDir Path home) throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        Path deal = committedProject(home);
        Path form = home.resolve(RESULTS);
        String committed = Files.readString(form);
        assertThat(committed).as("the word the test changes").contains("will be announced at the close");
        Files.writeString(form, committed.replace("will be announced at the close", "will be released at the close"));

        try (SetReview review = new SetReview(home, home.resolve("templates"), Optional.empty(), "test")) {
            PreviewState.RedlineView redline = review.review(new DealFile(deal, "deal/capstone-2007.yaml"), Optional.empty()).redline();

            assertThat(redline.documents()).extracting(c -> c.state() + ": " + c.title())
                    .containsExactly("changed: Exhibit 99.2: Press release issued by Capstone Turbine Corporation on January 19, 2007");
            assertThat(String.join("", redline.documents().get(0).passages()))
                    .contains("<del>announced</del> <ins>released</ins>");
        }
    }

    @Test
    void theCommittedFormsAreReadAgainOnceACommitChangesThem(@TempDir Path home) throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        Path deal = committedProject(home);
        Path form = home.resolve(RESULTS);
        Files.writeString(form, Files.readString(form).replace("will be announced at the close", "will be released at the close"));

        try (SetReview review = new SetReview(home, home.resolve("templates"), Optional.empty(), "test")) {
            DealFile file = new DealFile(deal, "deal/capstone-2007.yaml");
            assertThat(review.review(file, Optional.empty()).redline().changed()).isEqualTo(1);
            GitRepository.run(home, "commit", "-q", "-am", "the form says released");
            assertThat(review.review(file, Optional.empty()).redline().changed()).as("the form as committed now").isZero();
        }
    }

    @Test
    void templatesTheLastCommitLacksAreSaidInPlaceOfTheRedline(@TempDir Path home) throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        Path deal = home.resolve("deal/capstone-2007.yaml");
        Files.createDirectories(deal.getParent());
        Files.copy(Path.of("deal/capstone-2007.yaml"), deal);
        GitRepository.run(home, "init", "-q");
        GitRepository.run(home, "add", "-A");
        GitRepository.run(home, "commit", "-q", "-m", "the deal alone");
        DealFixture.copyTemplates(home.resolve("templates"));

        try (SetReview review = new SetReview(home, home.resolve("templates"), Optional.empty(), "test")) {
            SetReview.Reviewed reviewed = review.review(new DealFile(deal, "deal/capstone-2007.yaml"), Optional.empty());
            assertThat(reviewed.redline().note()).isEqualTo("no redline against the last commit: HEAD:templates: not in that revision: added since, or named otherwise there");
            assertThat(reviewed.titles()).as("the working tree's set still listed").hasSize(18);
        }
    }

    @Test
    void theLastCommitsTemplatesAreRemovedFromTheirScratchFolderAtClose(@TempDir Path home) throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        Path deal = committedProject(home);
        Path scratch;
        try (SetReview review = new SetReview(home, home.resolve("templates"), Optional.empty(), "test")) {
            review.review(new DealFile(deal, "deal/capstone-2007.yaml"), Optional.empty());
            scratch = review.headFolder().orElseThrow();
            assertThat(scratch.resolve(RESULTS)).as("the form as committed, written out").isRegularFile();
        }
        assertThat(scratch).doesNotExist();
    }

    /** The Capstone deal and the templates, committed. */
    private static Path committedProject(Path home) throws Exception {
        Path deal = CapstoneProject.at(home);
        CapstoneProject.commit(home, "deal");
        return deal;
    }
}
