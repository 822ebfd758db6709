package com.closingset.preview;

import com.closingset.pipeline.OutputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * One serve to an output folder. Two would both build every save, the second waiting on the first's
 * lock and then drawing the same PDFs again, each log counting the other's files as its own changes.
 * The lock is the system's, on a file in the temporary folder named by the output folder's real path
 * (so a symbolic link to it is the same folder, and the folder itself holds nothing that is not
 * output) and by the user; the system drops it when that serve ends, however it ends. The file says
 * which process holds it and on what port, for the one line that refuses the second.
 */
public final class ServeLock implements AutoCloseable {
    private static final String PREFIX = "closingset-serve-";

    private final FileChannel channel;
    private final FileLock lock;

    private ServeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when another serve holds the output folder: the problem, as the refusal's line says it. */
    public static final class Taken extends IOException {
        Taken(String holder) {
            super("already served by " + holder + ": open that page, or stop that serve (Ctrl-C where it runs) to serve"
                    + " this folder here");
        }
    }

    /** The output folder {@code output} held for this serve, through {@code root}'s lock file for it. */
    static ServeLock take(Path root, Path output) throws IOException {
        Path file = root.resolve(PREFIX + name(real(output)) + ".lock");
        // Never removed, only emptied: a serve taking a file another had just removed would hold a lock on nothing.
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            // Said as what it is: neither the output nor the project, but the temporary folder.
            throw OutputException.of("open serve's lock file", file, e);
        }
        try {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                throw new Taken(holder(ch));
            }
            ServeLock held = new ServeLock(ch, lock);
            held.say(ProcessHandle.current().pid() + "\n");
            return held;
        } catch (OverlappingFileLockException e) {
            ch.close();
            // The system's locks are per process: this process serves the folder already.
            throw new Taken("this closingset serve (pid " + ProcessHandle.current().pid() + ")");
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** The port this serve answers on, for the line that refuses another. */
    void serving(int port) throws IOException {
        say(ProcessHandle.current().pid() + " " + port + "\n");
    }

    private void say(String text) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)), 0);
    }

    /** {@code closingset serve (pid 4242) on http://127.0.0.1:8017/}, as far as the file says. */
    private static String holder(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(64);
        ch.read(buf, 0);
        String[] words = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).trim().split(" ");
        if (words[0].isEmpty()) {
            return "another closingset serve";
        }
        return "closingset serve (pid " + words[0] + ")"
                + (words.length > 1 ? " on http://127.0.0.1:" + words[1] + "/" : ", which is starting");
    }

    /** The folder's real path, through its nearest ancestor on disk where it is not made yet. */
    static Path real(Path folder) throws IOException {
        Path abs = folder.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? abs : existing.toRealPath().resolve(existing.relativize(abs));
    }

    /**
     * A name for the path that no other path gets, a file name being too short for every path. It is
     * the user's too: a file left by another user's serve, which this user could not open to write,
     * would keep the folder from being served for ever.
     */
    private static String name(Path real) {
        String named = System.getProperty("user.name") + "\0" + real;
        return UUID.nameUUIDFromBytes(named.getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            // Names nobody once let go of.
            channel.truncate(0);
            lock.release();
        }
    }
}
