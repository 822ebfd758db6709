package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.cli.ShortSetHome;
import com.closingset.deal.DealFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build record says what the last build wrote, but its word alone never puts a file in a new
 * set: a record edited by hand is not read, and a PDF is taken over only when the document ID in the
 * file itself is the one its Markdown and metadata give now.
 */
class AReusedFileIsProvenByItselfTest {
    private static final String DEAL = ShortSetHome.DEAL;

    @TempDir
    Path dir;

    private Path home;
    private Path dealFile;
    private Path folder;

    @BeforeEach
    void aProject() throws Exception {
        home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstoneAt("1.14"));
        dealFile = home.resolve("deal/" + DEAL + ".yaml");
        folder = home.resolve("output/" + DEAL);
    }

    @Test
    void aRecordEditedByHandIsNotReadAndEveryPdfIsDrawnAgain() throws Exception {
        build();
        Path record = folder.resolve(".closingset-build");
        String text = Files.readString(record);
        // A drawn line copied in from another build's record, its inputs another document's.
        Files.writeString(record, text.replaceFirst("(?m)^(drawn )[0-9a-f]{64}", "$1" + "0".repeat(64)));
        assertThat(BuildRecord.read(folder)).isEmpty();

        Files.writeString(dealFile, Files.readString(dealFile) + "\n# a comment no document shows\n");
        IncrementalBuild.Outcome again = build();

        assertThat(again.pdfsDrawn()).isEqualTo(again.documents() + 1);
    }

    @Test
    void aPdfDrawnFromOtherMarkdownIsDrawnAgainWhateverTheRecordSays() throws Exception {
        byte[] current = staleUnderAForgedRecord("8-k.pdf");
        IncrementalBuild.Outcome again = build();

        // Only the PDF that does not carry its Markdown's ID is drawn; the others prove themselves and are kept.
        assertThat(again.pdfsDrawn()).isEqualTo(1);
        assertThat(Files.readAllBytes(folder.resolve("8-k.pdf"))).isEqualTo(current);
        assertThat(Files.readString(folder.resolve("SHA256SUMS"))).contains(Sha256.of(current) + "  8-k.pdf\n");
    }

    @Test
    void aWordFileWrittenFromOtherMarkdownIsWrittenAgainWhateverTheRecordSays() throws Exception {
        byte[] current = staleUnderAForgedRecord("8-k.docx");
        IncrementalBuild.Outcome again = build();

        // The stale file's own document ID is not its Markdown's: it is written again; every PDF proves itself and is kept.
        assertThat(again.pdfsDrawn()).isZero();
        assertThat(Files.readAllBytes(folder.resolve("8-k.docx"))).isEqualTo(current);
        assertThat(Files.readString(folder.resolve("SHA256SUMS"))).contains(Sha256.of(current) + "  8-k.docx\n");
    }

    /**
     * Builds at $1.14, then at $1.15, then puts {@code file} of the first build back under a record
     * (sealed as a build seals it) that vouches for it, and touches the deal so the next build runs.
     * Returns the file as the $1.15 build wrote it.
     */
    private byte[] staleUnderAForgedRecord(String file) throws Exception {
        build();
        Path stale = Files.copy(folder.resolve(file), dir.resolve("stale-" + file));
        Files.writeString(dealFile, ShortSetHome.capstoneAt("1.15"));
        build();
        byte[] current = Files.readAllBytes(folder.resolve(file));
        assertThat(Files.readString(folder.resolve("8-k.md"))).contains("1.15");

        Files.copy(stale, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        BuildRecord was = BuildRecord.read(folder).orElseThrow();
        TreeMap<String, BuildRecord.Written> files = new TreeMap<>(was.files());
        files.put(file, new BuildRecord.Written(Sha256.of(folder.resolve(file)), Files.size(stale),
                Files.getLastModifiedTime(folder.resolve(file)).toString()));
        Files.write(folder.resolve(".closingset-build"), new BuildRecord(was.dealId(), was.inputs(), files, was.drawn()).bytes());
        assertThat(BuildRecord.read(folder)).isPresent();

        Files.writeString(dealFile, Files.readString(dealFile) + "\n# a comment no document shows\n");
        return current;
    }

    private IncrementalBuild.Outcome build() throws Exception {
        List<IncrementalBuild.Outcome> outcomes = new IncrementalBuild(home.resolve("templates"),
                new OutputFolder(home.resolve("output")), Optional.empty(), ProductVersion.get())
                .run(List.of(new DealFile(dealFile, "deal/" + DEAL + ".yaml")), BuildProgress.NONE);
        assertThat(outcomes.get(0).upToDate()).isFalse();
        return outcomes.get(0);
    }
}
