package com.closingset.cli;

import com.closingset.layout.SetLayout;
import com.closingset.pipeline.FolderTree;
import com.closingset.pipeline.ProductVersion;
import com.closingset.pipeline.TemplateFiles;
import com.closingset.deal.DealFile;
import com.closingset.review.ComparedVersion;
import com.closingset.review.GitRevision;
import com.closingset.review.RedlineSet;
import com.closingset.review.Redliner;
import com.closingset.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code closingset redline}: what changed in every document between two versions of a deal. */
@Command(
        name = "redline",
        mixinStandardHelpOptions = true,
        header = "Writes a redline and PDF blackline of what changed between two deals.",
        description = "Compares two versions of a deal, document by document: two deal files (OLD NEW), or one deal "
                + "file at two git revisions (--rev A..B DEAL.yaml; B empty for the working tree). For each changed "
                + "document writes <document>.redline.md (~~deleted~~, ++inserted++) and <document>.redline.pdf, a "
                + "blackline: deletions red and struck through, insertions blue and double-underlined, change bars "
                + "in the margin, both versions named at the head of every page; and <document>.redline.docx, whose "
                + "changes are Word's tracked changes (by ClosingSet, dated the new version's date), to accept or "
                + "reject in Word. blackline.pdf binds a cover (the "
                + "versions, a legend, every document's change) and every changed document's blackline. SUMMARY.md "
                + "lists every document, changed or not, and is printed too. Default "
                + "output folder: redline/<deal id>/ (git-ignored); redline files an earlier run left there are "
                + "replaced.")
final class RedlineCommand extends Subcommand {

    @Parameters(paramLabel = "DEAL.yaml", arity = "1..2",
            description = "OLD and NEW deal files; or, with --rev, the one deal file.")
    List<Path> deals = new ArrayList<>();

    @Option(names = "--rev", paramLabel = "A..B", description = "Compare the deal file at git revision A with B (empty: the working tree).")
    String rev;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: redline/<deal id>/).")
    Path out;


    @Override
    public Integer call() throws Exception {
        if (rev == null && deals.size() != 2) {
            throw usage("name two deal files, OLD and NEW, or one with --rev A..B");
        }
        if (rev != null && deals.size() != 1) {
            throw usage("with --rev, name one deal file");
        }
        Path home = Home.path();
        Path scratch = Files.createTempDirectory("closingset-redline-");
        try {
            ComparedVersion old;
            ComparedVersion now;
            if (rev != null) {
                List<String> sides = GitRevision.range(rev);
                old = GitRevision.read(home, sides.get(0), deals.get(0), scratch, "old.yaml");
                now = GitRevision.read(home, sides.get(1), deals.get(0), scratch, "new.yaml");
            } else {
                old = ComparedVersion.file(new DealFile(deals.get(0), deals.get(0).toString()));
                now = ComparedVersion.file(new DealFile(deals.get(1), deals.get(1).toString()));
            }
            // Both sides are assembled with these templates, read as they go: proven one version before anything is written.
            TemplateFiles templates = TemplateFiles.of(home.resolve("templates"));
            Redliner redliner = new Redliner(new Pipeline(home.resolve("templates"), BuildCommand.sourceDateEpoch(), ProductVersion.get()));
            RedlineSet set = redliner.compare(old, now);
            templates.stillAsRead("the redline was being made", "its two sides could have been read with different text,"
                    + " which would show as changes of the deal; nothing was written: run it again");
            Path folder = out != null ? out : SetLayout.redlineFolder(home, set.dealId());
            write(set, folder);
            out().print(set.summary());
            out().printf("%nwritten to %s%n", Home.shown(folder));
            out().flush();
            return 0;
        } finally {
            FolderTree.remove(scratch);
        }
    }

    /** Writes the set, first clearing the folder of redline files a previous run left (and nothing else). */
    private static void write(RedlineSet set, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(folder)) {
            for (Path p : old) {
                String name = p.getFileName().toString();
                if (SetLayout.isRedlineFile(name)) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, byte[]> f : set.files().entrySet()) {
            Files.write(folder.resolve(f.getKey()), f.getValue());
        }
    }
}
