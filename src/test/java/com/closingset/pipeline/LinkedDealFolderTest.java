package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.closingset.cli.ClosingSetCommand;
import com.closingset.deal.DealFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When {@code output/<deal id>} is a symbolic link to a folder elsewhere, the build refuses with one
 * line: it neither writes into the folder the link leads to nor drops the link.
 */
class LinkedDealFolderTest {
    @TempDir
    Path dir;

    private Path out;
    private Path elsewhere;
    private Map<String, String> elsewhereBefore;

    @BeforeEach
    void linkADealFolderElsewhere() throws Exception {
        out = Files.createDirectories(dir.resolve("out"));
        elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("8-k.md"), "someone else's file\n");
        Files.writeString(elsewhere.resolve("notes.txt"), "keep me\n");
        elsewhereBefore = contents(elsewhere);
    }

    private void link(String dealId) throws IOException {
        Files.createSymbolicLink(out.resolve(dealId), elsewhere);
    }

    @Test
    void theOutputFolderRefusesToReplaceALink() throws Exception {
        link("acme-2030");
        TreeMap<String, byte[]> files = new TreeMap<>(Map.of("8-k.md", "new\n".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> new OutputFolder(out).write(new BuiltSet("acme-2030", files, 1, 1)))
                .isInstanceOf(IOException.class)
                .hasMessage("out/acme-2030 is a symbolic link; a build replaces that folder whole and does not write "
                        + "through a link (remove the link, or build with --out elsewhere)");
        assertUntouched("acme-2030");
    }

    @Test
    void theBuildCommandStopsWithOneLineAndWritesNothing() throws Exception {
        link("capstone-2007");
        StringWriter err = new StringWriter();

        int exit = ClosingSetCommand.run(new String[] {"build", DealFixture.VALID.toString(), "--out", out.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("closingset: cannot write the output: out/capstone-2007 is a symbolic link; "
                + "a build replaces that folder whole and does not write through a link (remove the link, or build with "
                + "--out elsewhere)" + System.lineSeparator());
        assertUntouched("capstone-2007");
    }

    /** The link is still there, still leads where it did, no scratch folder is left, and what it leads to is as it was. */
    private void assertUntouched(String dealId) throws Exception {
        assertThat(Files.isSymbolicLink(out.resolve(dealId))).isTrue();
        assertThat(Files.readSymbolicLink(out.resolve(dealId))).isEqualTo(elsewhere);
        try (Stream<Path> left = Files.list(out)) {
            // The lock a build holds on the folder is all it may leave.
            assertThat(left.filter(p -> !OutputLock.isLockFile(p)).map(p -> p.getFileName().toString())).containsExactly(dealId);
        }
        assertThat(contents(elsewhere)).isEqualTo(elsewhereBefore);
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path p : all.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }
}
