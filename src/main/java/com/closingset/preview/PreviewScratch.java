package com.closingset.preview;

import com.closingset.pipeline.FolderTree;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The preview's scratch folders in a temporary folder (the system's, {@code java.io.tmpdir}): the last
 * commit's templates written out of git, a deal file as committed. Each holds a lock on a file of its
 * own for as long as the serve that made it keeps it, and the system drops the lock when that process
 * ends, however it ends: a serve started later removes the folders of one killed before it could
 * remove its own, and never those of a serve still running, whatever its process's number.
 */
final class PreviewScratch {
    private static final String PREFIX = "closingset-preview-";
    private static final String LOCK = ".held";

    private final Path root;
    private final Map<Path, FileChannel> held = new ConcurrentHashMap<>();

    PreviewScratch(Path root) {
        this.root = root;
    }

    /** The system's temporary folder. */
    static final Path SYSTEM = Path.of(System.getProperty("java.io.tmpdir"));

    static PreviewScratch system() {
        return new PreviewScratch(SYSTEM);
    }

    /** A new folder, {@code closingset-preview-head-...} for {@code kind} "head", held until {@link #remove}. */
    Path make(String kind) throws IOException {
        Path folder = Files.createTempDirectory(root, PREFIX + (kind.isEmpty() ? "" : kind + "-"));
        FileChannel lock = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            lock.lock();
        } catch (IOException | RuntimeException e) {
            // Not held: the next sweep removes it.
            lock.close();
            throw e;
        }
        held.put(folder, lock);
        return folder;
    }

    /** Removes a folder this made, and lets go of it. */
    void remove(Path folder) throws IOException {
        FileChannel lock = held.remove(folder);
        if (lock != null) {
            lock.close();
        }
        FolderTree.remove(folder);
    }

    /**
     * Removes the folders no running process holds; one that cannot be removed (another user's) is
     * left, as a folder left over spoils no output.
     */
    void sweep() {
        List<Path> folders;
        try (Stream<Path> all = Files.list(root)) {
            folders = all.filter(f -> f.getFileName().toString().startsWith(PREFIX)).toList();
        } catch (IOException e) {
            return;
        }
        for (Path folder : folders) {
            try {
                if (heldByNoOne(folder)) {
                    FolderTree.remove(folder);
                }
            } catch (IOException e) {
                // Left for whoever can remove it.
            }
        }
    }

    /** Whether the folder's lock can be taken: its maker has ended. A folder with no lock yet is being made. */
    private boolean heldByNoOne(Path folder) throws IOException {
        Path lockFile = folder.resolve(LOCK);
        if (held.containsKey(folder) || !Files.isRegularFile(lockFile)) {
            return false;
        }
        try (FileChannel lock = FileChannel.open(lockFile, StandardOpenOption.WRITE); FileLock taken = lock.tryLock()) {
            return taken != null;
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }
}
