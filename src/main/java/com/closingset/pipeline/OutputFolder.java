package com.closingset.pipeline;

import com.closingset.deal.IoReason;
import com.closingset.layout.SetLayout;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code output/}: each deal's folder is written whole into a hidden folder beside it and swapped in
 * by rename, so a reader (or a crash) sees the old set or the new one, never a mixture.
 *
 * <p>A directory cannot be renamed over a non-empty one, so the swap is two renames: the old folder
 * aside to {@code .<deal>.old-*}, the new one in. A process killed between them leaves no
 * {@code <deal>} but an intact {@code .<deal>.old-*}; the next build puts it back before anything
 * else ({@link #recover()}), and {@code closingset check} names it ({@link #orphan}). Scratch
 * folders a kill left behind ({@code .<deal>.new-*}, or an old folder half deleted) are removed by
 * the next build; being hidden, they are never taken for output.
 */
public final class OutputFolder {
    private static final Pattern SCRATCH = SetLayout.SCRATCH;

    private final Path root;
    private final Consumer<Leftover> leftovers;

    /** The folder, for code that need not hear of folders left over (they are never taken for output). */
    public OutputFolder(Path root) {
        this(root, left -> { });
    }

    /** @param leftovers told of each scratch folder a build could not remove, such as one of another user's */
    public OutputFolder(Path root, Consumer<Leftover> leftovers) {
        this.root = root;
        this.leftovers = leftovers;
    }

    /**
     * Fails when {@code root/<deal id>} is a symbolic link: a build replaces the deal's folder whole,
     * and following the link would write over the files it leads to, while replacing it would quietly
     * drop a link someone made on purpose. Call it for every deal before writing any.
     */
    public void checkReplaceable(String dealId) throws IOException {
        Path target = SetLayout.dealFolder(root, dealId);
        if (Files.isSymbolicLink(target)) {
            throw new IOException(root.getFileName() + "/" + dealId + " is a symbolic link; a build replaces that folder "
                    + "whole and does not write through a link (remove the link, or build with --out elsewhere)");
        }
    }

    /** Replaces {@code root/<deal id>} with a set built in memory; returns the folder written. */
    public Path write(BuiltSet set) throws IOException {
        checkReplaceable(set.dealId());
        Files.createDirectories(root);
        recover();
        StagedSet staged = stage(set.dealId());
        try {
            for (Map.Entry<String, byte[]> f : set.files().entrySet()) {
                staged.put(f.getKey(), f.getValue());
            }
            return commit(staged);
        } finally {
            discard(staged);
        }
    }

    public Path root() {
        return root;
    }

    boolean exists() {
        return Files.isDirectory(root);
    }

    /** Holds the folder for a build, alone, for as long as the lock is open: see {@link OutputLock}. */
    public OutputLock lockForBuild(OutputLock.Waiting waiting) throws IOException {
        return OutputLock.forBuild(root, waiting);
    }

    /**
     * Removes the output folder if a failed build made it and left nothing in it but the lock it
     * holds: a failed first build leaves no folder behind.
     */
    void removeIfEmpty() throws IOException {
        try (Stream<Path> listed = Files.list(root)) {
            if (listed.anyMatch(p -> !OutputLock.isLockFile(p))) {
                return;
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return;
        }
        Files.deleteIfExists(root.resolve(OutputLock.FILE));
        Files.deleteIfExists(root);
    }

    /** The build records of the deals' folders, where they can be read. */
    List<BuildRecord> records() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<BuildRecord> records = new ArrayList<>();
        try (Stream<Path> listed = Files.list(root)) {
            for (Path p : (Iterable<Path>) listed::iterator) {
                if (!p.getFileName().toString().startsWith(".") && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    BuildRecord.read(p).ifPresent(records::add);
                }
            }
        }
        return records;
    }

    /** The deal's current folder, as the previous build left it (it may not exist). */
    public Path current(String dealId) {
        return SetLayout.dealFolder(root, dealId);
    }

    /**
     * A new, empty scratch folder for {@code dealId}'s set, hidden beside its current folder; files
     * unchanged since then may be linked from the current folder. Pass it to {@link #commit} once
     * every file is in, or to {@link #discard}. Call {@link #recover()} first, once, before staging
     * any deal: it removes every scratch folder, those staged since included.
     */
    public StagedSet stage(String dealId) throws IOException {
        checkReplaceable(dealId);
        Path fresh;
        try {
            Files.createDirectories(root);
            fresh = Files.createTempDirectory(root, SetLayout.scratchPrefix(dealId));
            publish(fresh);
        } catch (IOException e) {
            throw OutputException.of("create a folder in", root, e);
        }
        return new StagedSet(dealId, fresh, SetLayout.dealFolder(root, dealId));
    }

    /**
     * Swaps a staged set in as {@code root/<deal id>} once all its files are on disk and are exactly
     * the files staged; returns that folder. The previous set, moved aside, is then removed; where it
     * cannot be, the new set stays in and the previous one is reported as left over.
     */
    public Path commit(StagedSet staged) throws IOException {
        staged.awaitFlushed();
        staged.stop();
        checkReplaceable(staged.dealId());
        staged.verify();
        Path fresh = staged.folder();
        Path target = SetLayout.dealFolder(root, staged.dealId());
        // The files and their names are on disk before the rename can make them the output.
        force(fresh);
        if (!Files.exists(target)) {
            move(fresh, target);
            force(root);
            return target;
        }
        Path old = unusedName(SetLayout.asidePrefix(staged.dealId()));
        move(target, old);
        try {
            move(fresh, target);
        } catch (OutputException e) {
            throw putBack(old, target, e);
        }
        force(root);
        removeOrLeave(old, staged.dealId());
        return target;
    }

    /** After the new set failed to come in: the previous one back in its place, and the failure saying so. */
    private OutputException putBack(Path old, Path target, OutputException failure) {
        try {
            move(old, target);
            return failure.leaving("the previous output is unchanged");
        } catch (IOException e) {
            return failure.leaving("the previous set is intact beside it, and the next closingset build puts it back");
        }
    }

    /** Removes a staged set's scratch folder, if it was not committed. */
    public void discard(StagedSet staged) throws IOException {
        staged.stop();
        if (Files.exists(staged.folder())) {
            removeOrLeave(staged.folder(), staged.dealId());
        }
    }

    /**
     * Undoes what a killed build left: an old set moved aside whose replacement never came is put
     * back; scratch folders (a new set half written, an old set half deleted) are removed, or, where
     * this user cannot remove them, left and reported: being hidden, they are never taken for output.
     */
    public void recover() throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        boolean renamed = false;
        for (Path p : hidden()) {
            Matcher m = SCRATCH.matcher(p.getFileName().toString());
            m.matches();
            Path target = SetLayout.dealFolder(root, m.group(1));
            if (m.group(2).equals("old") && !Files.exists(target) && Files.isDirectory(p)) {
                move(p, target);
                renamed = true;
            } else {
                removeOrLeave(p, m.group(1));
            }
        }
        if (renamed) {
            force(root);
        }
    }

    /** A folder left over, that a build could not remove, with the system's reason. */
    public record Leftover(Path folder, String reason) {
    }

    /**
     * Removes a scratch folder, or reports it as left over: one named as a set moved aside is first
     * renamed as left over, so that it is never put back in place of a newer set.
     */
    private void removeOrLeave(Path folder, String dealId) {
        try {
            deleteTree(folder);
        } catch (IOException e) {
            Path left = folder;
            if (folder.getFileName().toString().startsWith(SetLayout.asidePrefix(dealId))) {
                try {
                    left = unusedName(SetLayout.leftoverPrefix(dealId));
                    move(folder, left);
                } catch (IOException renaming) {
                    left = folder;
                }
            }
            leftovers.accept(new Leftover(left, e instanceof OutputException o ? o.reason() : IoReason.of(e)));
        }
    }

    /** A name in {@code root} beginning {@code prefix} that nothing has: for a folder to be moved there. */
    private Path unusedName(String prefix) throws IOException {
        try {
            Path name = Files.createTempDirectory(root, prefix);
            Files.delete(name);
            return name;
        } catch (IOException e) {
            throw OutputException.of("create a folder in", root, e);
        }
    }

    /**
     * The set moved aside by a build killed mid-swap, when {@code <deal id>} itself is missing: what
     * the next build puts back. Reads only.
     */
    public static Optional<Path> orphan(Path root, String dealId) throws IOException {
        if (!Files.isDirectory(root) || Files.exists(SetLayout.dealFolder(root, dealId))) {
            return Optional.empty();
        }
        return new OutputFolder(root).hidden().stream()
                .filter(p -> p.getFileName().toString().startsWith(SetLayout.asidePrefix(dealId)) && Files.isDirectory(p))
                .findFirst();
    }

    /** A build's scratch folders in {@code root}, in name order. */
    private List<Path> hidden() throws IOException {
        try (Stream<Path> listed = Files.list(root)) {
            return listed.filter(p -> SCRATCH.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }

    /**
     * Flushes a folder's entries (the names in it) to disk. Where a folder cannot be opened (Windows),
     * the renames are as durable as the file system makes them.
     */
    private static void force(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Not supported for folders here; nothing more to do.
        }
    }

    /** A temporary folder is private to its maker; the closing set it becomes is for the whole team. */
    private static void publish(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
        } catch (IOException e) {
            throw OutputException.move(from, to, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try {
            FolderTree.remove(dir);
        } catch (IOException e) {
            throw OutputException.of("remove", dir, e);
        }
    }
}
