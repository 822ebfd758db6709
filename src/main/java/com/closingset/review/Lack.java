package com.closingset.review;

import com.closingset.deal.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Why a git revision cannot give a path of the project, when it is one a lawyer meets every day
 * rather than a fault: said in words of the project, where git's own line speaks of objects and
 * trees ({@code fatal: path 'deal/x.yaml' exists on disk, but not in 'HEAD'}).
 */
public enum Lack {
    /** The project folder is in no git repository: nothing has been committed, so nothing to compare with. */
    NO_REPOSITORY,
    /** A repository with no commit yet. */
    NO_COMMIT,
    /** The revision is a commit that has no such path: a deal or a folder added since, or named otherwise there. */
    NOT_IN_REVISION;

    /**
     * Why {@code revision} has no {@code relative} (a path from the project folder {@code home}),
     * asked once reading it has failed; empty when it is none of these (git cannot run, a revision
     * git does not know, a path outside the repository), for git's own line to say.
     */
    public static Optional<Lack> of(Path home, String revision, String relative) {
        Path top;
        try {
            top = Path.of(new String(GitRevision.git(home, "the repository", "rev-parse", "--show-toplevel"), StandardCharsets.UTF_8).strip());
        } catch (InputException e) {
            return runs(home) ? Optional.of(NO_REPOSITORY) : Optional.empty();
        }
        if (!inside(home, relative, top)) {
            return Optional.empty();
        }
        if (GitRevision.head(home).isEmpty()) {
            return Optional.of(NO_COMMIT);
        }
        try {
            GitRevision.git(home, revision, "rev-parse", "--verify", "-q", revision + "^{commit}");
        } catch (InputException e) {
            return Optional.empty();
        }
        try {
            GitRevision.git(home, revision + ":" + relative, "cat-file", "-e", revision + ":./" + relative);
            return Optional.empty();
        } catch (InputException e) {
            return Optional.of(NOT_IN_REVISION);
        }
    }

    /** The lack a failure to read a path of a revision was said to be, if it was one ({@link GitRevision#read}'s). */
    public static Optional<Lack> in(InputException failure) {
        return failure.getCause() instanceof Said said ? Optional.of(said.lack) : Optional.empty();
    }

    /** The cause a failure said in this lack's words carries, so that what read it need not ask git again. */
    Said said() {
        return new Said(this);
    }

    /** A lack as the cause of a failure: no fault of the program, so it carries no stack. */
    static final class Said extends Exception {
        private final Lack lack;

        private Said(Lack lack) {
            super(lack.name(), null, false, false);
            this.lack = lack;
        }
    }

    /**
     * The lack in words, for the command line and the preview's page alike, with what to do where
     * there is something to do: {@code the project's git repository has no commit yet (git commit makes one)}.
     */
    public String words(String revision) {
        return switch (this) {
            case NO_REPOSITORY -> "the project folder is not in a git repository, so it has no revision " + revision
                    + " to compare with (git init, then git commit, make one)";
            case NO_COMMIT -> "the project's git repository has no commit yet (git commit makes one)";
            case NOT_IN_REVISION -> "not in that revision: added since, or named otherwise there";
        };
    }

    private static boolean inside(Path home, String relative, Path top) {
        try {
            return home.toRealPath().resolve(relative).normalize().startsWith(top.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether git can be run at all: its own line ("cannot run git") is then the one to give. */
    private static boolean runs(Path home) {
        try {
            GitRevision.git(home, "git", "--version");
            return true;
        } catch (InputException e) {
            return false;
        }
    }
}
