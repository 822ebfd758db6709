package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock that keeps an output folder to one serve goes by the folder, not by how it was named: a
 * symbolic link to it, a path through {@code ..}, the folder named before it was made and after; and
 * a serve that stopped leaves it to the next.
 */
class AFolderIsServedOnceWhateverItIsCalledTest {
    @TempDir
    Path locks;
    @TempDir
    Path project;

    @Test
    void aLinkToTheFolderIsTheFolder() throws Exception {
        Path output = Files.createDirectories(project.resolve("output"));
        Path link = Files.createSymbolicLink(project.resolve("link"), output);
        try (ServeLock held = ServeLock.take(locks, output)) {
            assertThatThrownBy(() -> ServeLock.take(locks, link)).isInstanceOf(ServeLock.Taken.class)
                    .hasMessage("already served by this closingset serve (pid " + ProcessHandle.current().pid()
                            + "): open that page, or stop that serve (Ctrl-C where it runs) to serve this folder here");
            assertThatThrownBy(() -> ServeLock.take(locks, project.resolve("deal/../output"))).isInstanceOf(ServeLock.Taken.class);
        }
    }

    @Test
    void aFolderNotYetMadeIsTheFolderOnceMade() throws Exception {
        Path output = project.resolve("output");
        try (ServeLock held = ServeLock.take(locks, output)) {
            Files.createDirectories(output);
            assertThatThrownBy(() -> ServeLock.take(locks, output)).isInstanceOf(ServeLock.Taken.class);
        }
    }

    @Test
    void anotherFolderIsServedBeside() throws Exception {
        try (ServeLock one = ServeLock.take(locks, project.resolve("output"));
             ServeLock other = ServeLock.take(locks, project.resolve("elsewhere"))) {
            assertThat(one).isNotNull();
            assertThat(other).isNotNull();
        }
    }

    @Test
    void aServeThatStoppedLeavesTheFolderToTheNext() throws Exception {
        Path output = project.resolve("output");
        ServeLock.take(locks, output).close();
        try (ServeLock next = ServeLock.take(locks, output)) {
            assertThat(next).isNotNull();
        }
    }
}
