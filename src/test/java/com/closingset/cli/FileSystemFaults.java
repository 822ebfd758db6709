package com.closingset.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Real faults of a real file system, for tests of what a build says about them: a file its user
 * cannot remove, a folder it cannot write, a disk that is full. As root, permissions stop nothing,
 * so the immutable attribute ({@code chattr +i}) stands in for them; a disk is a small {@code tmpfs}.
 * Where the machine allows neither, {@link #why} says so and the test is skipped. {@link #close}
 * undoes every fault under the tree given, wherever a build has moved the files since.
 */
final class FileSystemFaults implements AutoCloseable {
    private final Path tree;
    private final List<Runnable> undo = new ArrayList<>();
    private String why = "";

    FileSystemFaults(Path tree) {
        this.tree = tree;
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Makes {@code file} impossible for this user to remove (or {@code folder}'s entries to change); false if it cannot. */
    boolean cannotRemove(Path file) {
        if (isRoot()) {
            return chattr("+i", file);
        }
        Path folder = file.getParent();
        boolean done = folder.toFile().setWritable(false, false);
        if (!done) {
            why = "cannot take away write permission on " + folder;
        }
        return done;
    }

    /** Makes {@code folder} impossible for this user to add entries to; false if it cannot. */
    boolean cannotWriteIn(Path folder) {
        if (isRoot()) {
            return chattr("+i", folder);
        }
        boolean done = folder.toFile().setWritable(false, false);
        if (!done) {
            why = "cannot take away write permission on " + folder;
        }
        return done;
    }

    /** A fresh, empty file system of {@code kilobytes} mounted at {@code at}; empty if this machine does not allow it. */
    Optional<Path> smallDisk(Path at, int kilobytes) throws IOException {
        Files.createDirectories(at);
        if (!isRoot()) {
            why = "mounting a small tmpfs needs root";
            return Optional.empty();
        }
        if (!exec("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", at.toString())) {
            why = "mount -t tmpfs was refused here";
            return Optional.empty();
        }
        undo.add(() -> exec("umount", at.toString()));
        return Optional.of(at);
    }

    /** Why the last fault could not be made. */
    String why() {
        return why;
    }

    private boolean chattr(String flag, Path p) {
        if (!exec("chattr", flag, p.toString())) {
            why = "chattr " + flag + " was refused here (no immutable attribute on this file system, or no right to set it)";
            return false;
        }
        return true;
    }

    private static boolean exec(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        if (Files.exists(tree)) {
            if (isRoot()) {
                exec("chattr", "-R", "-i", tree.toString());
            } else {
                exec("chmod", "-R", "u+w", tree.toString());
            }
        }
    }
}
