package com.closingset.preview;

import com.closingset.pipeline.OutputException;
import com.closingset.pipeline.OutputLock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One serve of a deal into an output folder. Two would both build every save, the second waiting on
 * the first's lock and then drawing the same PDFs again, each log counting the other's files as its
 * own changes; serves of other deals into the folder go on side by side. The locks are the system's,
 * on files in the temporary folder named by the real paths of the output folder and of what is built
 * (so a symbolic link to either is the same), and by the user; the output folder holds nothing that
 * is not output. A serve of every deal of a folder holds that folder's lock alone; a serve of deal
 * files named holds each file's alone and its folder's shared, so that a serve of every deal there
 * cannot start beside it, nor it beside one. The system drops the locks when that serve ends, however
 * it ends; a serve that stops removes its files, and the last to let go of a shared one removes it.
 * A lock held alone says which process holds it and on what port, for the one line that refuses
 * another.
 */
public final class ServeLock implements AutoCloseable {
    private static final String PREFIX = "closingset-serve-";

    private final List<Held> held = new ArrayList<>();

    private record Held(Path file, FileChannel channel, FileLock lock) {
    }

    private ServeLock() {
    }

    /** Thrown when another serve builds one of the deals: the problem, as the refusal's line says it. */
    public static final class Taken extends IOException {
        Taken(String holder, String what) {
            super("already served by " + holder + ", which builds " + what + ": open its page, or stop it (Ctrl-C where"
                    + " it runs) and serve again");
        }
    }

    /** Every deal file of {@code folder} ({@code shown} as the user would name it) held for this serve into {@code output}. */
    static ServeLock everyDealOf(Path root, Path output, Path folder, String shown) throws IOException {
        return taking(lock -> lock.take(root, output, folder, false, "every deal of " + shown + "/",
                "some of the deal files of " + shown + "/"));
    }

    /** The deal files {@code named} (as the user named them) held for this serve into {@code output}. */
    static ServeLock dealFiles(Path root, Path output, List<Path> named) throws IOException {
        return taking(lock -> {
            for (Path file : named) {
                lock.take(root, output, file, false, file.toString(), file.toString());
                String every = "every deal of " + (file.getParent() == null ? "." : file.getParent().toString()) + "/";
                // Only a serve of every deal holds a folder's lock alone, so only it can be what stops this.
                lock.take(root, output, file.toAbsolutePath().normalize().getParent(), true, every, every);
            }
        });
    }

    private interface Taking {
        void take(ServeLock lock) throws IOException;
    }

    /** A lock holding what {@code taking} takes, or none of it when it fails. */
    private static ServeLock taking(Taking taking) throws IOException {
        ServeLock lock = new ServeLock();
        try {
            taking.take(lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
        return lock;
    }

    /**
     * Takes the lock of {@code built} into {@code output}, alone or {@code shared}, unless this holds it
     * already; the line that refuses it says the holder builds {@code named} where the holder's file
     * names it (it holds the lock alone), and {@code unnamed} where it does not (serves hold it shared).
     */
    private void take(Path root, Path output, Path built, boolean shared, String named, String unnamed) throws IOException {
        Path file = root.resolve(PREFIX + name(System.getProperty("user.name"), real(output), real(built)) + ".lock");
        if (held.stream().anyMatch(h -> h.file().equals(file))) {
            return;
        }
        while (!takeOnce(file, shared, named, unnamed)) {
            // The serve that held it removed the file as it stopped, after it was opened here: take the one made next.
        }
    }

    /** Whether the lock of {@code file} is held now; false where the file was removed or made again while being locked. */
    private boolean takeOnce(Path file, boolean shared, String named, String unnamed) throws IOException {
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            // Said as what it is: neither the output nor the project, but the temporary folder.
            throw OutputException.of("open serve's lock file", file, e);
        }
        try {
            Optional<Object> opened = OutputLock.identity(file);
            FileLock lock = ch.tryLock(0, Long.MAX_VALUE, shared);
            if (lock == null) {
                Optional<String> holder = holder(ch);
                throw new Taken(holder.orElse("another closingset serve"), holder.isPresent() ? named : unnamed);
            }
            if (opened.isEmpty() || !opened.equals(OutputLock.identity(file))) {
                lock.release();
                ch.close();
                return false;
            }
            held.add(new Held(file, ch, lock));
            // Held alone, it names this serve; held shared, no serve holds it alone, so what it names has ended.
            say(ch, shared ? "" : ProcessHandle.current().pid() + "\n");
            return true;
        } catch (OverlappingFileLockException e) {
            ch.close();
            // The system's locks are per process: this process serves the deal already.
            throw new Taken("this closingset serve (pid " + ProcessHandle.current().pid() + ")", named);
        } catch (IOException | RuntimeException e) {
            if (held.stream().noneMatch(h -> h.channel() == ch)) {
                ch.close();
            }
            throw e;
        }
    }

    /** The port this serve answers on, for the line that refuses another. */
    void serving(int port) throws IOException {
        for (Held h : held) {
            if (!h.lock().isShared()) {
                say(h.channel(), ProcessHandle.current().pid() + " " + port + "\n");
            }
        }
    }

    private static void say(FileChannel ch, String text) throws IOException {
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)), 0);
    }

    /** {@code closingset serve (pid 4242) on http://127.0.0.1:8017/}, as far as the file says; empty where it names none. */
    private static Optional<String> holder(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(64);
        ch.read(buf, 0);
        String[] words = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).trim().split(" ");
        if (words[0].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("closingset serve (pid " + words[0] + ")"
                + (words.length > 1 ? " on http://127.0.0.1:" + words[1] + "/" : ", which is starting"));
    }

    /** The path's real path, through its nearest ancestor on disk where it is not made yet. */
    private static Path real(Path path) throws IOException {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? abs : existing.toRealPath().resolve(existing.relativize(abs));
    }

    /**
     * A name for the user and paths that no others get, a file name being too short for every path.
     * It is the user's: a file left by another user's serve, which this user could not open to write,
     * would keep the deal from being served for ever.
     */
    private static String name(String user, Path output, Path built) {
        String named = user + "\0" + output + "\0" + built;
        return UUID.nameUUIDFromBytes(named.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The file's lock taken alone, or null where another holds it (another process, or another lock of this one). */
    private static FileLock alone(FileChannel ch) throws IOException {
        try {
            return ch.tryLock(0, Long.MAX_VALUE, false);
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        IOException failed = null;
        for (Held h : held) {
            try (FileChannel ch = h.channel()) {
                FileLock alone = h.lock();
                if (alone.isShared()) {
                    // Removed by the last serve to let go of it: the one that can then take it alone.
                    alone.release();
                    alone = alone(ch);
                }
                if (alone != null) {
                    // Removed while held alone, so that no serve holds the file removed; one that opened it just
                    // before finds it gone once it holds it, and takes the one made next.
                    Files.deleteIfExists(h.file());
                    alone.release();
                }
            } catch (IOException e) {
                failed = failed == null ? e : failed;
            }
        }
        held.clear();
        if (failed != null) {
            throw failed;
        }
    }
}
