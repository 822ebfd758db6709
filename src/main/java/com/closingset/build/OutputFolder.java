package com.closingset.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * {@code output/}: each deal's folder is written whole into a hidden folder beside it and swapped in
 * by rename, so a reader (or a crash) sees the old set or the new one, never a mixture.
 */
public final class OutputFolder {
    private final Path root;

    public OutputFolder(Path root) {
        this.root = root;
    }

    /**
     * Fails when {@code root/<deal id>} is a symbolic link: a build replaces the deal's folder whole,
     * and following the link would write over the files it leads to, while replacing it would quietly
     * drop a link someone made on purpose. Call it for every deal before writing any.
     */
    public void checkReplaceable(String dealId) throws IOException {
        Path target = root.resolve(dealId);
        if (Files.isSymbolicLink(target)) {
            throw new IOException(root.getFileName() + "/" + dealId + " is a symbolic link; a build replaces that folder "
                    + "whole and does not write through a link (remove the link, or build with --out elsewhere)");
        }
    }

    /** Replaces {@code root/<deal id>} with the built set; returns the folder written. */
    public Path write(BuiltSet set) throws IOException {
        checkReplaceable(set.dealId());
        Files.createDirectories(root);
        Path target = root.resolve(set.dealId());
        Path fresh = Files.createTempDirectory(root, "." + set.dealId() + ".new-");
        try {
            publish(fresh);
            for (Map.Entry<String, byte[]> f : set.files().entrySet()) {
                Files.write(fresh.resolve(f.getKey()), f.getValue());
            }
            if (Files.exists(target)) {
                Path old = Files.createTempDirectory(root, "." + set.dealId() + ".old-");
                Files.delete(old);
                move(target, old);
                move(fresh, target);
                deleteTree(old);
            } else {
                move(fresh, target);
            }
        } finally {
            if (Files.exists(fresh)) {
                deleteTree(fresh);
            }
        }
        return target;
    }

    /** A temporary folder is private to its maker; the closing set it becomes is for the whole team. */
    private static void publish(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
