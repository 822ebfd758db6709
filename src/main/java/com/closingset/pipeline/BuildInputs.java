package com.closingset.pipeline;

import com.closingset.deal.InputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a build's output depends on, as hashes: the engine (this program), and for a whole deal the
 * deal file, every file of {@code templates/} and the date PDFs are stamped with. Equal hashes mean
 * the same bytes out, so the build can skip the work.
 */
public final class BuildInputs {
    // Mixed into every document's and every deal's hash: another engine may draw other bytes.
    private final String engine;
    private final String templates;
    private final Optional<TemplateFiles> read;

    private BuildInputs(String engine, String templates, Optional<TemplateFiles> read) {
        this.engine = engine;
        this.templates = templates;
        this.read = read;
    }

    /**
     * The running program, identified as {@link #engineOf} tells, and the templates as they are now:
     * take it before the templates are read for building.
     */
    public static BuildInputs of(String version, Path templatesDir) throws IOException {
        TemplateFiles read = TemplateFiles.read(templatesDir);
        return new BuildInputs(engineOf(BuildInputs.class, version), templates(read), Optional.of(read));
    }

    /** An engine known by name, with no templates: for sets built in memory, and tests. */
    static BuildInputs ofEngine(String engine) {
        return new BuildInputs(engine, "", Optional.empty());
    }

    /**
     * Stops when a file of the templates was added, removed or written since they were hashed: a set
     * built meanwhile may hold text of both versions. Passes when there are no templates.
     */
    void templatesAsHashed(String during, String so) throws InputException {
        if (read.isPresent()) {
            read.get().stillAsRead(during, so);
        }
    }

    /** The hash of a whole deal's inputs: the deal file, the templates, the engine and the date PDFs carry. */
    public String deal(byte[] dealFile, Optional<Instant> sourceDate) {
        MessageDigest d = Sha256.digest();
        field(d, "engine", engine.getBytes(StandardCharsets.UTF_8));
        field(d, "templates", templates.getBytes(StandardCharsets.UTF_8));
        field(d, "deal", dealFile);
        field(d, "date", sourceDate.map(Instant::toString).orElse("report").getBytes(StandardCharsets.UTF_8));
        return Sha256.hex(d);
    }

    /** Every file under {@code templates/}, by name and the hash of its bytes. */
    private static String templates(TemplateFiles read) {
        MessageDigest d = Sha256.digest();
        read.hashes().forEach((name, sha256) -> field(d, name, sha256.getBytes(StandardCharsets.US_ASCII)));
        return Sha256.hex(d);
    }

    /** The hash of what one file is drawn from: what its renderer says decides its bytes, and the engine. */
    String document(List<String> fields) {
        MessageDigest d = Sha256.digest();
        field(d, "engine", engine.getBytes(StandardCharsets.UTF_8));
        for (String f : fields) {
            field(d, "input", f.getBytes(StandardCharsets.UTF_8));
        }
        return Sha256.hex(d);
    }

    /**
     * The program: from a jar, its path, size and modification time (as make does; a rebuilt jar is
     * newer), which costs no reading of its 25 MB; from a folder of classes (tests, an IDE), the hash
     * of every file under it, with the class path, which names each library's version.
     */
    static String engineOf(Class<?> type, String version) throws IOException {
        Path code;
        try {
            code = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot tell where ClosingSet's own code is: " + e.getMessage(), e);
        }
        MessageDigest d = Sha256.digest();
        field(d, "version", version.getBytes(StandardCharsets.UTF_8));
        if (Files.isDirectory(code)) {
            for (Path f : FolderTree.files(code)) {
                field(d, code.relativize(f).toString(), Files.readAllBytes(f));
            }
            field(d, "class path", System.getProperty("java.class.path", "").getBytes(StandardCharsets.UTF_8));
        } else {
            BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
            field(d, "jar", (code.toAbsolutePath() + " " + a.size() + " " + a.lastModifiedTime()).getBytes(StandardCharsets.UTF_8));
        }
        return Sha256.hex(d);
    }

    /** A labelled, length-prefixed field, so that no two different inputs hash the same. */
    private static void field(MessageDigest d, String label, byte[] value) {
        byte[] l = label.getBytes(StandardCharsets.UTF_8);
        d.update(l);
        d.update((byte) 0);
        d.update(Long.toString(value.length).getBytes(StandardCharsets.US_ASCII));
        d.update((byte) 0);
        d.update(value);
    }
}
