package com.closingset.preview;

import com.closingset.GitRepository;
import com.closingset.deal.DealFixture;
import java.nio.file.Files;
import java.nio.file.Path;

/** A project folder holding the Capstone deal as deal/capstone-2007.yaml and every kit, as the preview's redline tests start from. */
final class CapstoneProject {
    static final String DEAL = "deal/capstone-2007.yaml";

    private CapstoneProject() {
    }

    /** The project in {@code home}, not in git; returns its deal file. */
    static Path at(Path home) throws Exception {
        Path deal = home.resolve(DEAL);
        Files.createDirectories(deal.getParent());
        Files.copy(Path.of(DEAL), deal);
        DealFixture.copyTemplates(home.resolve("templates"));
        return deal;
    }

    /** The project folder {@code home}, as the test has made it, put in a new repository and committed. */
    static void commit(Path home, String message) throws Exception {
        GitRepository.run(home, "init", "-q");
        GitRepository.run(home, "add", "-A");
        GitRepository.run(home, "commit", "-q", "-m", message);
    }
}
