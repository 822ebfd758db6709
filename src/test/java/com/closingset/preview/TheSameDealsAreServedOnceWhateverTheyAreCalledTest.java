package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The locks that keep a deal in an output folder to one serve go by the folders and files, not by
 * how they were named: a symbolic link, a path through {@code ..}, the output folder named before it
 * was made and after. A serve that names a deal file twice, or two in one folder, does not stop
 * itself; another output folder is served beside; a serve that stopped leaves its deals to the next.
 * (Serves of two deal files of one folder side by side are two processes: {@code ASecondServeOfTheSameDealsIsRefusedTest}.)
 */
class TheSameDealsAreServedOnceWhateverTheyAreCalledTest {
    @TempDir
    Path locks;
    @TempDir
    Path project;

    @Test
    void aLinkToTheFolderIsTheFolder() throws Exception {
        Path output = Files.createDirectories(project.resolve("output"));
        Path link = Files.createSymbolicLink(project.resolve("link"), output);
        try (ServeLock held = everyDeal(output)) {
            assertThatThrownBy(() -> everyDeal(link)).isInstanceOf(ServeLock.Taken.class)
                    .hasMessage("already served by this closingset serve (pid " + ProcessHandle.current().pid()
                            + "), which builds every deal of deal/: open its page, or stop it (Ctrl-C where it runs) and serve again");
            assertThatThrownBy(() -> everyDeal(project.resolve("deal/../output"))).isInstanceOf(ServeLock.Taken.class);
        }
    }

    @Test
    void aFolderNotYetMadeIsTheFolderOnceMade() throws Exception {
        Path output = project.resolve("output");
        try (ServeLock held = everyDeal(output)) {
            Files.createDirectories(output);
            assertThatThrownBy(() -> everyDeal(output)).isInstanceOf(ServeLock.Taken.class);
        }
    }

    @Test
    void aDealFileThroughAnotherPathIsTheSameDeal() throws Exception {
        Path a = dealFile("a.yaml");
        try (ServeLock held = ServeLock.dealFiles(locks, project.resolve("output"), List.of(a))) {
            assertThatThrownBy(() -> ServeLock.dealFiles(locks, project.resolve("output"), List.of(project.resolve("x/../deal/a.yaml"))))
                    .isInstanceOf(ServeLock.Taken.class).hasMessageContaining("which builds " + project.resolve("x/../deal/a.yaml"));
        }
    }

    @Test
    void aServeOfDealFilesDoesNotStopItself() throws Exception {
        Path a = dealFile("a.yaml");
        Path b = dealFile("b.yaml");
        try (ServeLock held = ServeLock.dealFiles(locks, project.resolve("output"), List.of(a, b, a))) {
            assertThat(held).isNotNull();
        }
    }

    @Test
    void anotherFolderIsServedBeside() throws Exception {
        try (ServeLock one = everyDeal(project.resolve("output"));
             ServeLock other = everyDeal(project.resolve("elsewhere"))) {
            assertThat(List.of(one, other)).doesNotContainNull();
        }
    }

    @Test
    void aServeThatStoppedLeavesItsDealsToTheNext() throws Exception {
        Path output = project.resolve("output");
        everyDeal(output).close();
        try (ServeLock next = everyDeal(output)) {
            assertThat(next).isNotNull();
        }
        ServeLock.dealFiles(locks, output, List.of(dealFile("a.yaml"))).close();
        try (ServeLock next = everyDeal(output)) {
            assertThat(next).isNotNull();
        }
    }

    private ServeLock everyDeal(Path output) throws Exception {
        return ServeLock.everyDealOf(locks, output, project.resolve("deal"), "deal");
    }

    private Path dealFile(String name) throws Exception {
        Path file = Files.createDirectories(project.resolve("deal")).resolve(name);
        Files.writeString(file, "");
        return file;
    }
}
