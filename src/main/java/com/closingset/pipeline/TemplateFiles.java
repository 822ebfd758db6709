package com.closingset.pipeline;

import com.closingset.deal.InputException;
import com.closingset.deal.IoReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every file under {@code templates/} as a build first read it, to hash it: its name, the hash of its
 * bytes, and when it was last written. Hashed as a stream, not held: a kit may keep fonts of tens of
 * megabytes (which OpenPDF loads on its own), and a scan of gigabytes left beside the forms would
 * otherwise run the heap out before a line is built. The build reads the templates again as it goes
 * (FreeMarker loads each template when first used, and looks again at one it holds after a few
 * seconds), so a template saved mid-build could put its new text in some documents and leave the old
 * in others, under the hash of the old; and once the old text is put back, the next build would take
 * that mixed set as current. Read again before the set is swapped in, these prove that nothing under
 * the folder was written meanwhile: the same names, the same bytes (by their hash), and each file as
 * last written when first read, which a file saved and then put back is not. A check and a redline
 * read the templates as they go too, and prove them the same way before they report.
 */
public final class TemplateFiles {
    private record Read(String sha256, FileTime modified, long size, Object key) {
        boolean same(Read other) {
            return sha256.equals(other.sha256) && modified.equals(other.modified) && size == other.size
                    && Objects.equals(key, other.key);
        }
    }

    private final Path folder;
    private final Map<String, Read> files;

    private TemplateFiles(Path folder, Map<String, Read> files) {
        this.folder = folder;
        this.files = files;
    }

    /** As {@link #read}, for a command: a folder that cannot be read is bad input, said in one line. */
    public static TemplateFiles of(Path folder) throws InputException {
        try {
            return read(folder);
        } catch (IOException e) {
            throw unreadable(folder, e);
        }
    }

    static InputException unreadable(Path folder, IOException e) {
        return new InputException(IoReason.file(e).isEmpty() ? folder.toString() : IoReason.file(e), 0, 0, "",
                "cannot read the templates: " + IoReason.of(e), e);
    }

    /** The files under {@code folder}, each hashed, in the order of their paths. */
    static TemplateFiles read(Path folder) throws IOException {
        Map<String, Read> files = new LinkedHashMap<>();
        for (Path f : FolderTree.files(folder)) {
            // When it was written is taken before its bytes: a save while they are read then shows as written after.
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            files.put(name(folder, f), new Read(Sha256.of(f), a.lastModifiedTime(), a.size(), a.fileKey()));
        }
        return new TemplateFiles(folder, files);
    }

    /** Each file's name under the folder with the SHA-256 of its bytes, in the order of their paths. */
    Map<String, String> hashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        files.forEach((name, r) -> hashes.put(name, r.sha256()));
        return hashes;
    }

    /** A file of the folder, as the user names it ({@code templates/registered-direct/8-k.md.ftl}), and what became of it. */
    private record Change(String file, String what) {
    }

    /**
     * Stops, with one line naming the file, when a file was added, removed or written since these
     * were read: {@code during} says what was being done ("the check ran"), {@code so} what that
     * makes of its result and what to do.
     */
    public void stillAsRead(String during, String so) throws InputException {
        Optional<Change> change;
        try {
            change = change();
        } catch (IOException e) {
            throw unreadable(folder, e);
        }
        if (change.isPresent()) {
            throw new InputException(change.get().file(), 0, 0, "", change.get().what() + " while " + during + ", so " + so);
        }
    }

    /** The first file added, removed or written since these were read; empty when none was. */
    private Optional<Change> change() throws IOException {
        TemplateFiles current;
        try {
            current = read(folder);
        } catch (NoSuchFileException e) {
            Path gone = e.getFile() == null ? folder : Path.of(e.getFile());
            return Optional.of(new Change(shown(gone.startsWith(folder) ? name(folder, gone) : ""), "removed"));
        }
        for (Map.Entry<String, Read> e : files.entrySet()) {
            Read now = current.files.get(e.getKey());
            if (now == null) {
                return Optional.of(new Change(shown(e.getKey()), "removed"));
            }
            if (!now.same(e.getValue())) {
                return Optional.of(new Change(shown(e.getKey()), "written"));
            }
        }
        List<String> added = current.files.keySet().stream().filter(n -> !files.containsKey(n)).toList();
        return added.isEmpty() ? Optional.empty() : Optional.of(new Change(shown(added.get(0)), "added"));
    }

    /** A file's name under the folder, with forward slashes, as the hash labels it. */
    private static String name(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private String shown(String name) {
        String top = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        return name.isEmpty() ? top + "/" : top + "/" + name;
    }
}
