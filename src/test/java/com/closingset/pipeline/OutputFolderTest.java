package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deal's folder is replaced whole: old files do not linger and no scratch folder is left behind. */
class OutputFolderTest {
    @TempDir
    Path root;

    private static BuiltSet set(Map<String, String> files) {
        TreeMap<String, byte[]> bytes = new TreeMap<>();
        files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return new BuiltSet("acme-2030", bytes, files.size(), 1);
    }

    @Test
    void aRebuildReplacesTheWholeFolder() throws Exception {
        OutputFolder out = new OutputFolder(root);
        out.write(set(Map.of("a.md", "one", "old.md", "dropped later")));
        Path folder = out.write(set(Map.of("a.md", "two")));
        assertThat(folder).isEqualTo(root.resolve("acme-2030"));
        assertThat(Files.readString(folder.resolve("a.md"))).isEqualTo("two");
        assertThat(folder.resolve("old.md")).doesNotExist();
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("acme-2030");
        }
    }

    @Test
    void theFolderIsReadableByTheTeamNotJustItsMaker() throws Exception {
        assumeTrue(root.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path folder = new OutputFolder(root).write(set(Map.of("a.md", "one")));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwxr-xr-x");
    }

    @Test
    void aSetMovedAsideByABuildKilledMidSwapIsPutBackByTheNextBuild() throws Exception {
        OutputFolder out = new OutputFolder(root);
        out.write(set(Map.of("a.md", "one")));
        // What a kill between the two renames leaves: no acme-2030, the old set aside.
        Path aside = root.resolve(".acme-2030.old-123");
        Files.move(root.resolve("acme-2030"), aside);
        assertThat(OutputFolder.orphan(root, "acme-2030")).contains(aside);

        out.recover();

        assertThat(Files.readString(root.resolve("acme-2030/a.md"))).isEqualTo("one");
        assertThat(OutputFolder.orphan(root, "acme-2030")).isEmpty();
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("acme-2030");
        }
    }

    @Test
    void scratchLeftByAKillIsRemovedByTheNextWriteAndNeverTakenForOutput() throws Exception {
        OutputFolder out = new OutputFolder(root);
        out.write(set(Map.of("a.md", "one")));
        Files.createDirectories(root.resolve(".acme-2030.new-7"));
        Files.writeString(root.resolve(".acme-2030.new-7/a.md"), "half written");
        Files.createDirectories(root.resolve(".acme-2030.old-8"));
        Files.writeString(root.resolve(".acme-2030.old-8/b.md"), "half deleted");
        assertThat(OutputFolder.orphan(root, "acme-2030")).isEmpty();

        out.write(set(Map.of("a.md", "two")));

        assertThat(Files.readString(root.resolve("acme-2030/a.md"))).isEqualTo("two");
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("acme-2030");
        }
    }
}
