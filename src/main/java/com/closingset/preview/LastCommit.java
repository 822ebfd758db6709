package com.closingset.preview;

import com.closingset.review.ComparedVersion;
import com.closingset.review.GitRevision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The commit the preview's redlines are against, as it moves: serve watches the repository's own
 * folder ({@code .git}, itself alone) and asks git what HEAD names when something in it changes; in
 * a project folder that is no repository (watched itself alone, as {@link SourceWatch} watches it),
 * the {@code .git} that {@code git init} makes is watched alone until it is one; one removed is said
 * to leave no last commit, and one made again is followed as the first was.
 * Used by serve's one watching thread.
 */
final class LastCommit {
    private static final String GIT = ".git";
    private final Path home;
    private final SourceWatch watch;
    // The repository's folder as the changes name it (".git/"); empty outside a repository.
    private Optional<String> folder;
    private Optional<String> head;

    LastCommit(Path home, SourceWatch watch) throws IOException {
        this.home = home;
        this.watch = watch;
        // The project folder itself is watched (SourceWatch), so the .git that git init makes is seen.
        this.folder = watchRepository();
        this.head = GitRevision.head(home);
    }

    /** What moved the redlines' commit among {@code changed} (paths as the watch names them), if anything did. */
    enum Move { NONE, REPOSITORY_MADE, HEAD_MOVED }

    Move after(SortedSet<String> changed) throws IOException {
        // .git itself made or removed (git init, rm -rf .git), or changed inside while not yet a repository.
        boolean itself = changed.contains(GIT);
        if (itself || folder.isEmpty() && changed.stream().anyMatch(f -> f.startsWith(GIT + "/"))) {
            boolean was = folder.isPresent();
            folder = watchRepository();
            if (folder.isPresent() && !was) {
                head = GitRevision.head(home);
                return Move.REPOSITORY_MADE;
            }
            // git init makes the folder first and what makes it a repository after: a burst may end between
            // the two, on a busy machine, and nothing more in the project folder itself would say it came.
            Path made = home.resolve(GIT);
            if (folder.isEmpty() && Files.isDirectory(made, LinkOption.NOFOLLOW_LINKS)) {
                watch.watchOnly(made);
            }
        }
        if (itself || changed.stream().anyMatch(f -> folder.filter(f::startsWith).isPresent())) {
            Optional<String> now = GitRevision.head(home);
            boolean moved = !now.equals(head);
            head = now;
            return moved ? Move.HEAD_MOVED : Move.NONE;
        }
        return Move.NONE;
    }

    /** serve's line once the commit moved: {@code the last commit is now 3c90d9d1a2b3: comparing the working tree with it again}. */
    String comparingAgain() {
        return head.map(c -> "the last commit is now " + ComparedVersion.shortened(c) + ": comparing the working tree with it again")
                .orElse("the project has no last commit now: comparing the working tree again");
    }

    private Optional<String> watchRepository() throws IOException {
        Optional<Path> git = GitRevision.folder(home);
        if (git.isPresent()) {
            watch.watchOnly(git.get());
        }
        return git.map(g -> watch.relative(g) + "/");
    }
}
