package com.closingset.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A {@code git} for serve's PATH that waits, before it shows an object ({@code git show}, how the
 * redline reads the last commit's deal), while a gate file exists, then runs the real git: a test
 * holds serve's comparison with the last commit where it likes and reads the page meanwhile, whatever
 * the machine's speed. Needs {@code /bin/sh}.
 */
final class HeldGit {
    final Path gate;
    private final Path bin;

    private HeldGit(Path bin, Path gate) {
        this.bin = bin;
        this.gate = gate;
    }

    /** The held git written in {@code dir}, its gate beside it, not yet closed; without git or a shell, the test is skipped, saying why. */
    static HeldGit in(Path dir) throws IOException {
        assumeTrue(GitRepository.works(), "git is not installed: serve's project is a repository");
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh to hold git with");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path gate = dir.resolve("gate");
        String real = real();
        Path git = bin.resolve("git");
        Files.writeString(git, "#!/bin/sh\n"
                + "if [ \"$1\" = show ]; then while [ -f '" + gate + "' ]; do sleep 0.05; done; fi\n"
                + "exec '" + real + "' \"$@\"\n");
        Files.setPosixFilePermissions(git, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new HeldGit(bin, gate);
    }

    /** The git of this process's PATH, for a git of a test's own to run. */
    static String real() {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator)).map(p -> Path.of(p, "git"))
                .filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException("no git on the PATH")).toString();
    }

    /** serve on the short set's project in {@code dir}, {@code before} done to it and committed, with this git first on its PATH. */
    ServedProject serve(Path dir, ServedProject.Preparation before) throws Exception {
        return ServedProject.serve(ServedProject.committed(dir, before), dir.resolve("serve.log"), List.of(),
                Map.of("PATH", bin + File.pathSeparator + System.getenv("PATH")));
    }

    /** Whether a process is running this git (waiting at its gate, or running the real one). */
    boolean running() {
        String git = bin.resolve("git").toString();
        return ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().map(c -> c.contains(git)).orElse(false));
    }

    /** From now on, the next comparison waits. */
    void close() throws IOException {
        Files.createFile(gate);
    }

    /** The comparison held goes on. */
    void open() throws IOException {
        Files.delete(gate);
    }
}
