package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.GitRepository;
import com.closingset.deal.DealFile;
import com.closingset.deal.DealFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A committed copy of the project whose Capstone deal has its fifth investor in one of the last
 * commit and the working tree and not in the other, the fourth investor then taking the fifth's
 * shares, so the shares still add up to the offering.
 */
final class FifthInvestorProject {
    private static final String FOURTH_SHARES = "    shares: 6,000,000\n";
    private static final String FIFTH = """
              - name: Pinecrest Strategic Investors, L.P.
                contact: Elena V. Marchetti
                address:
                  street: 2200 Ross Avenue, Suite 3800
                  city: Dallas
                  state: Texas
                  postal_code: "75201"
                shares: 4,000,000
            """;

    private FifthInvestorProject() {
    }

    /** The redline of the working tree against the last commit, {@code committedWithFifth} telling which has the fifth investor. */
    static SetReview.Reviewed reviewed(Path home, boolean committedWithFifth) throws Exception {
        String full = Files.readString(Path.of("deal/capstone-2007.yaml"));
        assertThat(full).as("the last investor and the one before, as the test reads them").contains(FOURTH_SHARES + FIFTH);
        String without = full.replace(FOURTH_SHARES + FIFTH, "    shares: 10,000,000\n");
        Path deal = home.resolve("deal/capstone-2007.yaml");
        Files.createDirectories(deal.getParent());
        Files.writeString(deal, committedWithFifth ? full : without);
        DealFixture.copyTemplates(home.resolve("templates"));
        GitRepository.run(home, "init", "-q");
        GitRepository.run(home, "add", "-A");
        GitRepository.run(home, "commit", "-q", "-m", "deal");
        Files.writeString(deal, committedWithFifth ? without : full);
        try (SetReview review = new SetReview(home, home.resolve("templates"), Optional.empty(), "test")) {
            return review.review(new DealFile(deal, "deal/capstone-2007.yaml"), Optional.empty());
        }
    }
}
