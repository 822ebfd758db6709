package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.layout.SetLayout;
import com.closingset.pipeline.OutputLock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user who cannot remove the previous set (another user's files) still gets the new set in, exit
 * 0, and is told what was left where; later builds are not blocked by the leftover, and it is never
 * put back in place of a newer set.
 */
class APreviousSetThatCannotBeRemovedBlocksNothingTest {
    private static final String DEAL = ShortSetHome.DEAL;

    @TempDir
    Path dir;

    @Test
    void theNewSetComesInAndTheLeftoverIsNamedThenIgnored() throws Exception {
        Path home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstoneAt("1.14"));
        Path root = home.resolve("output");
        assertThat(build(home).code).isZero();
        try (FileSystemFaults faults = new FileSystemFaults(root)) {
            assumeTrue(faults.cannotRemove(root.resolve(DEAL + "/8-k.md")), faults.why());

            Files.writeString(home.resolve("deal/" + DEAL + ".yaml"), ShortSetHome.capstoneAt("1.17"));
            Result second = build(home);

            assertThat(second.code).as(second.err).isZero();
            assertThat(Files.readString(root.resolve(DEAL + "/ex-99.1-press-release-offering.md"))).contains("$1.17");
            Path leftover = leftovers(root).get(0);
            assertThat(second.err).matches("closingset: .*/output/\\.capstone-2007\\.gone-[0-9]+ is left over from a build and"
                    + " cannot be removed \\((Operation not permitted|Permission denied)\\); it is never taken for output:"
                    + " remove it as its owner, or with more rights\\R");

            // The next build is not blocked by it.
            Files.writeString(home.resolve("deal/" + DEAL + ".yaml"), ShortSetHome.capstoneAt("1.20"));
            Result third = build(home);
            assertThat(third.code).as(third.err).isZero();
            assertThat(Files.readString(root.resolve(DEAL + "/ex-99.1-press-release-offering.md"))).contains("$1.20");

            // A build killed mid-swap: the set it moved aside is put back, not the leftover.
            Files.move(root.resolve(DEAL), root.resolve(SetLayout.asidePrefix(DEAL) + "1"));
            Result fourth = build(home);
            assertThat(fourth.code).as(fourth.err).isZero();
            assertThat(fourth.out).contains(DEAL + " is up to date");
            assertThat(Files.readString(root.resolve(DEAL + "/ex-99.1-press-release-offering.md"))).contains("$1.20");
            assertThat(leftovers(root)).containsExactly(leftover);
            assertThat(InProject.run(home, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "check"))
                    .isZero();
        }
    }

    private static List<Path> leftovers(Path root) throws Exception {
        try (Stream<Path> listed = Files.list(root)) {
            return listed.filter(p -> !p.getFileName().toString().equals(DEAL) && !OutputLock.isLockFile(p)).toList();
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static Result build(Path home) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = InProject.run(home, new PrintWriter(out, true), new PrintWriter(err, true), "build", "--quiet");
        return new Result(code, out.toString(), err.toString());
    }
}
