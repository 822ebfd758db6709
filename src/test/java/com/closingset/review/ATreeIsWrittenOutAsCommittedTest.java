package com.closingset.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import com.closingset.deal.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's redline reads the last commit's templates written out of git. They are written byte
 * for byte as committed: {@code git archive} would leave out a form its folder's attributes mark
 * {@code export-ignore}, expand {@code export-subst}, and give a form marked {@code eol=crlf} the
 * line endings of a checkout, so the old side would not be the commit. A symbolic link leading to
 * another path of the folder is made again, so that it reads the commit's file; one leading out is
 * refused, since it would read this machine's files as if they were the commit's.
 */
class ATreeIsWrittenOutAsCommittedTest {
    private static final String FORM = "Units of $Format:%H$ stock.\nSecond line.\n";

    @TempDir
    Path home;

    @TempDir
    Path into;

    @BeforeEach
    void repository() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        Path kit = Files.createDirectories(home.resolve("templates/kit"));
        Files.writeString(kit.resolve("8-k.md.ftl"), FORM);
        Files.writeString(kit.resolve("opinion.md.ftl"), FORM);
        Files.write(kit.resolve("seal.bin"), new byte[] {0, 10, 13, (byte) 0xff, 10});
        Files.writeString(home.resolve("templates/.gitattributes"),
                "opinion.md.ftl export-ignore\n8-k.md.ftl export-subst text eol=crlf\n");
        GitRepository.run(home, "init", "-q");
        GitRepository.run(home, "add", "-A");
        GitRepository.run(home, "commit", "-q", "-m", "forms");
    }

    @Test
    void everyFileHasItsCommittedBytes() throws Exception {
        GitRevision.export(home, GitRevision.tree(home, "HEAD", "templates"), into);

        assertThat(into.resolve("kit/8-k.md.ftl")).hasContent(FORM);
        assertThat(Files.readAllBytes(into.resolve("kit/8-k.md.ftl"))).doesNotContain(13);
        assertThat(into.resolve("kit/opinion.md.ftl")).hasContent(FORM);
        assertThat(Files.readAllBytes(into.resolve("kit/seal.bin"))).containsExactly(0, 10, 13, 0xff, 10);
        assertThat(into.resolve(".gitattributes")).exists();
    }

    @Test
    void aSymbolicLinkInsideTheFolderIsMadeAgainAndReadsTheCommittedFile() throws Exception {
        Files.createSymbolicLink(home.resolve("templates/kit/press.md.ftl"), Path.of("8-k.md.ftl"));
        Files.createDirectories(home.resolve("templates/other"));
        Files.createSymbolicLink(home.resolve("templates/other/kit"), Path.of("../kit"));
        commit("links");
        Files.writeString(home.resolve("templates/kit/8-k.md.ftl"), "changed in the working tree only\n");

        GitRevision.export(home, GitRevision.tree(home, "HEAD", "templates"), into);

        assertThat(Files.isSymbolicLink(into.resolve("kit/press.md.ftl"))).isTrue();
        assertThat(into.resolve("kit/press.md.ftl")).as("read through the link: the commit's file").hasContent(FORM);
        assertThat(into.resolve("other/kit/seal.bin").toRealPath()).isEqualTo(into.resolve("kit/seal.bin").toRealPath());
    }

    @Test
    void aSymbolicLinkLeadingOutIsRefusedInOneLine() throws Exception {
        Files.createSymbolicLink(home.resolve("templates/kit/fonts"), Path.of("../../../fonts"));
        commit("a link");

        assertRefused("holds a symbolic link, kit/fonts, leading out of its folder (to ../../../fonts), which cannot be written out"
                + " as committed");
    }

    @Test
    void aSymbolicLinkToAnAbsolutePathIsRefused() throws Exception {
        Files.createSymbolicLink(home.resolve("templates/kit/fonts"), Path.of("/usr/share/fonts"));
        commit("a link");

        assertRefused("holds a symbolic link, kit/fonts, leading out of its folder (to /usr/share/fonts), which cannot be written"
                + " out as committed");
    }

    @Test
    void aSymbolicLinkLeadingOutThroughAnotherIsRefused() throws Exception {
        // Each inside by its own words: "here" is the kit's folder, so "here/.." is templates/, and "here/../.." its parent.
        Files.createSymbolicLink(home.resolve("templates/kit/here"), Path.of("."));
        Files.createSymbolicLink(home.resolve("templates/kit/out"), Path.of("here/../.."));
        commit("links");

        assertRefused("holds a symbolic link, kit/out, leading out of its folder (to here/../..), which cannot be written out"
                + " as committed");
    }

    private void commit(String message) throws Exception {
        GitRepository.run(home, "add", "-A");
        GitRepository.run(home, "commit", "-q", "-m", message);
    }

    private void assertRefused(String problem) throws Exception {
        String tree = GitRevision.tree(home, "HEAD", "templates");
        assertThatThrownBy(() -> GitRevision.export(home, tree, into))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith(problem)
                .hasMessageNotContaining("\n");
    }
}
