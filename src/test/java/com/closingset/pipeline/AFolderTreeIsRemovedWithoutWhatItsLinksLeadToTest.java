package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One removal serves the output's scratch sets, a redline's and the preview's scratch folders: all of
 * a folder goes, a link inside it as a link, and a folder another process removed first is no fault.
 */
class AFolderTreeIsRemovedWithoutWhatItsLinksLeadToTest {
    @TempDir
    Path dir;

    @Test
    void theFolderGoesAndWhatALinkLeadsToStays() throws Exception {
        Path kept = Files.writeString(dir.resolve("kept.txt"), "kept");
        Path folder = Files.createDirectories(dir.resolve("scratch/templates/kit"));
        Files.writeString(folder.resolve("a.md.ftl"), "a");
        Files.createSymbolicLink(dir.resolve("scratch/link"), kept);

        FolderTree.remove(dir.resolve("scratch"));

        assertThat(dir.resolve("scratch")).doesNotExist();
        assertThat(kept).hasContent("kept");
    }

    @Test
    void aFolderAlreadyGoneIsNoFault() {
        assertThatCode(() -> FolderTree.remove(dir.resolve("gone"))).doesNotThrowAnyException();
    }
}
