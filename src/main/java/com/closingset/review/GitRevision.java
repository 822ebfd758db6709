package com.closingset.review;

import com.closingset.deal.DealFile;
import com.closingset.deal.InputException;
import com.closingset.deal.IoReason;
import com.closingset.deal.YamlFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A deal file as it was at a git revision ({@code git show REV:./path}), or a folder of the project
 * (the templates) as it was: git run in the project folder, so a path is the one the user typed and
 * the revision anything git understands.
 */
public final class GitRevision {
    /** The longest path a committed symbolic link may hold: a system's own limit for a path. */
    private static final int MOST_LINK = 4096;

    private GitRevision() {
    }

    /** The two sides of {@code A..B}; B is empty for the working tree. */
    public static List<String> range(String spec) throws InputException {
        int dots = spec.indexOf("..");
        if (dots <= 0 || spec.indexOf("..", dots + 2) >= 0 || spec.startsWith(".", dots + 2)) {
            throw new InputException("--rev " + spec, 0, 0, "", "expected two revisions as A..B (B may be left empty for the working tree), e.g. HEAD~1..");
        }
        List<String> sides = List.of(spec.substring(0, dots), spec.substring(dots + 2));
        if (sides.stream().anyMatch(s -> s.startsWith("-") || s.chars().anyMatch(Character::isWhitespace))) {
            // git would read "-..." as one of its own options.
            throw new InputException("--rev " + spec, 0, 0, "", "a revision cannot start with \"-\" or hold spaces");
        }
        return sides;
    }

    /**
     * The deal file at {@code revision} (the working tree's own file if empty), copied into
     * {@code scratch} under {@code name} so it loads like any other, with the commit the revision
     * names, so that a redline says which version it read even once {@code HEAD~1} means another.
     */
    public static ComparedVersion read(Path home, String revision, Path file, Path scratch, String name) throws InputException {
        Path absolute = file.toAbsolutePath().normalize();
        String relative = home.relativize(absolute).toString().replace('\\', '/');
        if (revision.isEmpty()) {
            // Named as the project names it, as its error lines name it in a build: deal/x.yaml:14:5.
            String shown = absolute.startsWith(home.toAbsolutePath().normalize()) ? relative : file.toString();
            return new ComparedVersion(new DealFile(file, shown), relative, ComparedVersion.Origin.WORKING_TREE, "", "");
        }
        String shown = revision + ":" + relative;
        byte[] text;
        try {
            // Read within the loader's limit: a deal of gigabytes committed by mistake is refused, not read whole.
            text = git(home, shown, new byte[0], out -> YamlFile.bytes(out, shown), "show", revision + ":./" + relative);
        } catch (InputException e) {
            throw said(home, revision, relative, e);
        }
        String commit = new String(git(home, shown, "rev-parse", "--verify", revision + "^{commit}"), StandardCharsets.UTF_8).strip();
        try {
            Path copy = scratch.resolve(name);
            Files.write(copy, text);
            return new ComparedVersion(new DealFile(copy, shown), relative, ComparedVersion.Origin.REVISION, revision, commit);
        } catch (IOException e) {
            throw new InputException(shown, 0, 0, "", "cannot copy it to a scratch file: " + e.getMessage());
        }
    }

    /** The commit HEAD names in the project folder's repository; empty when there is none (no repository, no commit, no git). */
    public static Optional<String> head(Path home) {
        try {
            return Optional.of(new String(git(home, "HEAD", "rev-parse", "--verify", "-q", "HEAD"), StandardCharsets.UTF_8).strip());
        } catch (InputException e) {
            return Optional.empty();
        }
    }

    /** The repository's own folder ({@code .git}, or a worktree's folder in it); empty when the project is no repository. */
    public static Optional<Path> folder(Path home) {
        try {
            return Optional.of(Path.of(new String(git(home, "the repository", "rev-parse", "--absolute-git-dir"), StandardCharsets.UTF_8).strip()));
        } catch (InputException e) {
            return Optional.empty();
        }
    }

    /**
     * The id of the tree {@code folder} (relative to the project folder) is at {@code revision}: the
     * same id for the same files, so what was read of one tree need not be read again.
     */
    public static String tree(Path home, String revision, String folder) throws InputException {
        String shown = revision + ":" + folder;
        try {
            return new String(git(home, shown, "rev-parse", revision + ":./" + folder), StandardCharsets.UTF_8).strip();
        } catch (InputException e) {
            throw said(home, revision, folder, e);
        }
    }

    /**
     * The names {@code revision} has in {@code folder} (relative to the project folder), files and
     * folders alike, as paths from the project folder: {@code deal/x.yaml}.
     */
    public static List<String> names(Path home, String revision, String folder) throws InputException {
        String shown = revision + ":" + folder;
        byte[] listing = git(home, shown, "ls-tree", "-z", "--name-only", revision, "--", folder.isEmpty() ? "." : "./" + folder + "/");
        return Arrays.stream(new String(listing, StandardCharsets.UTF_8).split("\0")).filter(n -> !n.isEmpty()).toList();
    }

    /** {@code failed}, reading {@code relative} at {@code revision}, in words where it is a {@link Lack}, not git's. */
    private static InputException said(Path home, String revision, String relative, InputException failed) {
        String shown = revision + ":" + relative;
        return Lack.of(home, revision, relative).map(l -> new InputException(shown, 0, 0, "", l.words(revision), l.said())).orElse(failed);
    }

    /**
     * Writes the files of the tree {@code id} into {@code into} byte for byte as committed, for a kit
     * to be read as it was at a revision. Read as git keeps them ({@code git ls-tree}, then {@code
     * git cat-file --batch}), not through {@code git archive}, which leaves out what the tree's
     * attributes mark {@code export-ignore}, expands {@code export-subst} and converts line endings
     * as a checkout would; a link is refused (it may lead out of the folder), a submodule left out.
     */
    public static void export(Path home, String id, Path into) throws InputException {
        String shown = "git tree " + id;
        List<TreeEntry> files = TreeEntry.list(shown, git(home, shown, "ls-tree", "-r", "-z", "--", id));
        StringBuilder ids = new StringBuilder();
        files.forEach(f -> ids.append(f.id()).append('\n'));
        Path root = into.toAbsolutePath().normalize();
        git(home, shown, ids.toString().getBytes(StandardCharsets.US_ASCII), out -> write(shown, files, new ObjectBatch(shown, out), root),
                "cat-file", "--batch");
    }

    /** Each of {@code files} copied from {@code objects} as git prints them, under {@code root}. */
    private static byte[] write(String shown, List<TreeEntry> files, ObjectBatch objects, Path root) throws InputException {
        try {
            Files.createDirectories(root);
            List<Path> links = new ArrayList<>();
            for (TreeEntry f : files) {
                Path target = root.resolve(f.path()).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new InputException(shown, 0, 0, "", "holds a path leading out of its folder: " + f.path());
                }
                Files.createDirectories(target.getParent());
                if (f.link()) {
                    links.add(link(shown, f, objects.small(f.id(), MOST_LINK), root, target));
                    continue;
                }
                try (OutputStream file = Files.newOutputStream(target)) {
                    objects.next(f.id(), file);
                }
            }
            // Each link stays inside by its own words; a link through another (one to ".", then "x/..") could still lead out.
            Path real = root.toRealPath();
            for (Path l : links) {
                if (Files.exists(l) && !l.toRealPath().startsWith(real)) {
                    throw leadsOut(shown, root.relativize(l).toString().replace('\\', '/'), Files.readSymbolicLink(l).toString());
                }
            }
            return new byte[0];
        } catch (IOException e) {
            throw new InputException(shown, 0, 0, "", "cannot write its files to a scratch folder: " + IoReason.of(e));
        }
    }

    /**
     * The symbolic link {@code f}, leading to {@code to}, made again at {@code at} when it leads to
     * another path of the folder written out: it then reads the files as committed, as the working
     * tree's link reads the working tree's. One leading out (an absolute path, or backing out of the
     * folder) would read files of this machine as if they were the commit's: refused.
     */
    private static Path link(String shown, TreeEntry f, byte[] to, Path root, Path at) throws InputException, IOException {
        String path = new String(to, StandardCharsets.UTF_8);
        Path leadsTo;
        try {
            leadsTo = Path.of(path);
        } catch (InvalidPathException e) {
            throw leadsOut(shown, f.path(), path);
        }
        if (leadsTo.isAbsolute() || path.isEmpty() || !at.getParent().resolve(leadsTo).normalize().startsWith(root)) {
            throw leadsOut(shown, f.path(), path);
        }
        return Files.createSymbolicLink(at, leadsTo);
    }

    private static InputException leadsOut(String shown, String link, String to) {
        return new InputException(shown, 0, 0, "", "holds a symbolic link, " + link + ", leading out of its folder (to " + to
                + "), which cannot be written out as committed");
    }

    /** What {@code git args...} prints, run in the project folder; a failure is one line naming {@code shown}. */
    static byte[] git(Path home, String shown, String... args) throws InputException {
        return git(home, shown, new byte[0], args);
    }

    /** The same, {@code input} given to git as it runs. */
    private static byte[] git(Path home, String shown, byte[] input, String... args) throws InputException {
        return git(home, shown, input, InputStream::readAllBytes, args);
    }

    /** How git's output is read: a reader that refuses it stops git. */
    private interface Output {
        byte[] read(InputStream out) throws IOException, InputException;
    }

    /** The same, git's output read by {@code output}. */
    private static byte[] git(Path home, String shown, byte[] input, Output output, String... args) throws InputException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process git;
        try {
            git = new ProcessBuilder(command).directory(home.toFile()).start();
        } catch (IOException e) {
            throw new InputException(shown, 0, 0, "", "cannot run git (is it installed and on the PATH?): " + e.getMessage());
        }
        try {
            // Written beside the reading, on a thread of its own, so that neither side waits on a full pipe.
            Thread in = new Thread(() -> writeAll(git.getOutputStream(), input), "closingset-git-input");
            in.setDaemon(true);
            in.start();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(git.getErrorStream()));
            byte[] out = read(git, output);
            int exit = git.waitFor();
            in.join();
            if (exit != 0) {
                String message = new String(err.join(), StandardCharsets.UTF_8).strip().lines().findFirst().orElse("exit code " + exit);
                throw new InputException(shown, 0, 0, "", "git cannot read it: " + message);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(shown, 0, 0, "", "interrupted while reading it with git");
        }
    }

    private static void writeAll(OutputStream out, byte[] bytes) {
        try (out) {
            out.write(bytes);
        } catch (IOException e) {
            // git stopped reading: its exit code and its own line say why.
        }
    }

    /** git's output as {@code output} reads it; git is stopped when it refuses it, rather than left writing to a pipe no one reads. */
    private static byte[] read(Process git, Output output) throws InputException {
        try (InputStream in = git.getInputStream()) {
            return output.read(in);
        } catch (InputException e) {
            git.destroyForcibly();
            throw e;
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
