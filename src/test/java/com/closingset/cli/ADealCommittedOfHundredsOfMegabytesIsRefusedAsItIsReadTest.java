package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A redline against a commit (and serve's, against the last one) reads the deal as committed from
 * git's output. A file far past the loader's limit committed by mistake is refused with the loader's
 * line as soon as git has printed more than the limit, not read whole first: the redline runs in a
 * heap smaller than the file, which reading it whole ran out of.
 */
class ADealCommittedOfHundredsOfMegabytesIsRefusedAsItIsReadTest {
    @TempDir
    Path dir;

    @Test
    void theCommittedSideIsRefusedWithTheLoadersLine() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed: the redline reads the commit with it");
        Path home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstone());
        Path deal = home.resolve("deal/" + ShortSetHome.DEAL + ".yaml");
        try (RandomAccessFile file = new RandomAccessFile(deal.toFile(), "rw")) {
            file.setLength(256L << 20);
        }
        GitRepository.run(home, "init", "-q");
        GitRepository.run(home, "add", "-A");
        GitRepository.run(home, "commit", "-q", "-m", "a disk image saved over the deal");
        Files.writeString(deal, ShortSetHome.capstone());

        Path log = home.resolve("redline.log");
        Process redline = ShortSetHome.start(home, log, List.of("-Xmx128m"), "redline", "--rev", "HEAD..", deal.toString());

        assertThat(redline.waitFor()).as(Files.readString(log)).isEqualTo(2);
        assertThat(Files.readString(log)).isEqualTo("closingset: HEAD:deal/" + ShortSetHome.DEAL + ".yaml: the file is"
                + " larger than 32 MB; a deal of 100,000 investors is about 25 MB" + System.lineSeparator());
    }
}
