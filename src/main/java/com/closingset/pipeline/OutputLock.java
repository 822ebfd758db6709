package com.closingset.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A lock on an output folder for the length of a command: a build holds it alone, so that no other
 * build's recovery step takes its scratch folders for a dead build's; checks share it, so they never
 * read a set half swapped in. It is the system's lock on {@code <out>/.closingset-lock} (released by
 * the system when the process dies, however it dies), and the file names the building process.
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE = ".closingset-lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** What a command does when another holds the lock. */
    public interface Waiting {
        /** Told once, before waiting, who holds it; returns false to give up instead of waiting. */
        boolean waitFor(Holder holder);
    }

    /** The process holding a lock, as far as the lock file says: a build names its process id. */
    public record Holder(Optional<Long> pid) {
        public String describe() {
            return pid.map(p -> "another closingset build (pid " + p + ")").orElse("another closingset check");
        }
    }

    /** Thrown when the lock is held and the command chose not to wait. */
    public static final class Held extends IOException {
        private final transient Holder holder;
        private final transient Path root;

        Held(Path root, Holder holder) {
            super(root + " is in use by " + holder.describe());
            this.holder = holder;
            this.root = root;
        }

        public Path root() {
            return root;
        }

        public Holder holder() {
            return holder;
        }
    }

    /** The lock for a build: alone, made with the folder if there is none yet. */
    public static OutputLock forBuild(Path root, Waiting waiting) throws IOException {
        Files.createDirectories(root);
        while (true) {
            FileChannel ch = FileChannel.open(root.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            Optional<Object> opened = identity(root.resolve(FILE));
            FileLock lock = acquire(ch, root, false, waiting);
            if (opened.isPresent() && opened.equals(identity(root.resolve(FILE)))) {
                ch.truncate(0);
                ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
                return new OutputLock(ch, lock);
            }
            // A failed first build removes the folder it made, lock file and all, while holding the
            // lock: what was waited for is then a file of no name, which locks nothing. Take the new one.
            lock.release();
            ch.close();
            Files.createDirectories(root);
        }
    }

    /** The lock for a check, shared with other checks; empty where there is no lock file to share. */
    public static Optional<OutputLock> forCheck(Path root, Waiting waiting) throws IOException {
        FileChannel ch;
        try {
            ch = FileChannel.open(root.resolve(FILE), StandardOpenOption.READ);
        } catch (NoSuchFileException | AccessDeniedException e) {
            // A check writes nothing, not even a lock: with no lock file, no build has written here since builds took one.
            return Optional.empty();
        }
        return Optional.of(new OutputLock(ch, acquire(ch, root, true, waiting)));
    }

    private static FileLock acquire(FileChannel ch, Path root, boolean shared, Waiting waiting) throws IOException {
        try {
            FileLock lock = ch.tryLock(0, Long.MAX_VALUE, shared);
            if (lock != null) {
                return lock;
            }
            Holder holder = holder(ch);
            if (!waiting.waitFor(holder)) {
                throw new Held(root, holder);
            }
            return ch.lock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            ch.close();
            // The system's locks are per process: this process already holds it, and would wait for itself.
            throw new Held(root, new Holder(Optional.of(ProcessHandle.current().pid())));
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /**
     * A lock file's identity (device and inode), to tell it from one made again under its name; empty
     * when there is no such file now.
     */
    public static Optional<Object> identity(Path lockFile) throws IOException {
        try {
            Object key = Files.readAttributes(lockFile, BasicFileAttributes.class).fileKey();
            // Where the system gives no identity, the name is all there is to go by.
            return Optional.of(key == null ? lockFile : key);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static Holder holder(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(32);
        ch.read(buf, 0);
        String text = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).trim();
        try {
            // A pid left by a build that was killed names no holder: a check holds it now.
            Optional<Long> pid = text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
            return new Holder(pid.filter(p -> ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false)));
        } catch (NumberFormatException e) {
            return new Holder(Optional.empty());
        }
    }

    /** Whether {@code name} in an output folder is the lock's file, which is never output. */
    public static boolean isLockFile(Path p) {
        return p.getFileName().toString().equals(FILE);
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            if (!lock.isShared()) {
                // The file names the build while it holds the lock, and nobody after.
                channel.truncate(0);
            }
            lock.release();
        }
    }
}
