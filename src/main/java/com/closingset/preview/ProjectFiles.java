package com.closingset.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files a preview may serve: those under one folder of the project, named by a relative path
 * of plain names. A request is a stranger's text (any page the browser has open can send one), so
 * a name that backs out ({@code ..}), starts at the root, or reaches through a symbolic link to a
 * file outside the folder is no file at all.
 */
final class ProjectFiles {
    private final Path root;

    /** @param root the folder served, which need not exist yet */
    ProjectFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The regular file {@code relative} names under the folder, if it is one and stays inside it. */
    Optional<Path> file(String relative) {
        if (!plainNames(relative)) {
            return Optional.empty();
        }
        try {
            Path real = root.resolve(relative).toRealPath();
            // Compared resolved: a link inside the folder may lead anywhere.
            if (!real.startsWith(root.toRealPath()) || !Files.isRegularFile(real)) {
                return Optional.empty();
            }
            return Optional.of(real);
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Names separated by single slashes, none empty, {@code .} or {@code ..}, nothing a path could read as a root or drive. */
    private static boolean plainNames(String relative) {
        if (relative.isEmpty() || relative.indexOf('\\') >= 0 || relative.indexOf(':') >= 0 || relative.indexOf('\0') >= 0) {
            return false;
        }
        for (String name : relative.split("/", -1)) {
            if (name.isEmpty() || name.equals(".") || name.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
