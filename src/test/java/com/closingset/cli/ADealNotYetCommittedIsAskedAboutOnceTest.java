package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a deal file the last commit lacks fails, and the read asks git why (no repository, no
 * commit, or a path the commit does not have) to say it in words. The page takes that answer from
 * the read: before, it asked git the same questions a second time, for each such deal at each save.
 */
class ADealNotYetCommittedIsAskedAboutOnceTest {
    @TempDir
    Path dir;

    @Test
    void gitIsAskedWhyOnce() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed: serve's project is a repository");
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh to count git's runs with");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path runs = dir.resolve("git-runs");
        Path git = bin.resolve("git");
        Files.writeString(git, "#!/bin/sh\necho \"$*\" >> '" + runs + "'\nexec '" + HeldGit.real() + "' \"$@\"\n");
        Files.setPosixFilePermissions(git, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path home = ServedProject.committed(dir, h -> { });
        Files.writeString(home.resolve("deal/second-2007.yaml"), ShortSetHome.capstone().replace("id: capstone-2007", "id: second-2007"));

        try (ServedProject served = ServedProject.serve(home, dir.resolve("serve.log"), List.of(),
                Map.of("PATH", bin + File.pathSeparator + System.getenv("PATH")))) {
            served.awaitPage("new since the last commit, which has no deal/second-2007.yaml", Duration.ofSeconds(40));
            served.awaitPage("no document differs from the last commit", Duration.ofSeconds(40));
        }
        // Asking why begins with where the repository's top is; nothing else of serve asks it.
        assertThat(Files.readAllLines(runs)).filteredOn(line -> line.equals("rev-parse --show-toplevel")).hasSize(1);
    }
}
