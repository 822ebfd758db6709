package com.closingset.cli;

import com.closingset.layout.SetLayout;
import com.closingset.deal.DealFile;

import com.closingset.pipeline.Pipeline;
import com.closingset.pipeline.MarkdownSet;
import com.closingset.pipeline.OutputFolder;
import com.closingset.pipeline.OutputLock;
import com.closingset.pipeline.ProductVersion;
import com.closingset.pipeline.TemplateFiles;
import com.closingset.deal.InputException;
import com.closingset.review.OutputCheck;
import com.closingset.review.OutputReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code closingset check}: is output/ what a build would write now? Writes nothing. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        header = "Checks that output/ is what a build would write now; writes nothing.",
        description = "Rebuilds each deal and compares each file, as it is made, with OUT/<deal id>/: the Markdown, index.md, "
                + "SHA256SUMS, and the PDFs that are there (PDFs are not committed: none at all is fine, some but not all is not). Lists each "
                + "stale, missing or extra file, one a line. Writes nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the output is current",
            "1:a file differs, is missing or is extra",
            "2:bad input or usage",
            "3:out of memory or stack: run again with a larger Java heap (-Xmx) or stack (-Xss)"})
final class CheckCommand extends Subcommand {
    static final int STALE = 1;

    @Parameters(paramLabel = "DEAL.yaml", arity = "0..*",
            description = "Deal files (default: every deal/*.yaml).")
    List<Path> deals = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder to check (default: output/).")
    Path out;


    @Override
    public Integer call() throws Exception {
        Path home = Home.path();
        List<DealFile> files = DealFiles.resolve(deals, home, "check");
        // Read before the pipeline reads them as it goes, to prove at the end that it read one version.
        TemplateFiles templates = TemplateFiles.of(home.resolve("templates"));
        Pipeline pipeline = new Pipeline(home.resolve("templates"), BuildCommand.sourceDateEpoch(),
                ProductVersion.get());
        // Every deal is loaded before any is compared, so bad input is reported alone, as by build.
        List<MarkdownSet> sets = new ArrayList<>();
        for (DealFile d : files) {
            sets.add(pipeline.assemble(d.path(), d.shown()));
        }
        Path root = out != null ? out : home.resolve("output");
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new InputException(Home.shown(root), 0, 0, "", "not a folder; --out names the folder build writes into");
        }
        // Shared with other checks; a build writing the folder is waited for, so no set is read half swapped in.
        try (SharedLock lock = new SharedLock(readable(() -> OutputLock.forCheck(root, holder -> waitFor(holder, root)), root))) {
            List<OutputReport> reports = compare(pipeline, sets, root);
            templates.stillAsRead("the check ran", "the output was compared with a mix of the old text and the new;"
                    + " nothing was reported: check again");
            return report(sets, reports, root);
        }
    }

    private boolean waitFor(OutputLock.Holder holder, Path root) {
        err().println("closingset: " + Home.shown(root) + " is in use by " + holder.describe() + "; waiting for it to finish");
        err().flush();
        return true;
    }

    /** The lock a check holds, if there was a folder to lock. */
    private record SharedLock(Optional<OutputLock> lock) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (lock.isPresent()) {
                lock.get().close();
            }
        }
    }

    private static List<OutputReport> compare(Pipeline pipeline, List<MarkdownSet> sets, Path root) throws InputException,
            com.closingset.assemble.AssemblyException {
        OutputCheck check = new OutputCheck(pipeline);
        List<OutputReport> reports = new ArrayList<>();
        for (MarkdownSet set : sets) {
            reports.add(readable(() -> check.check(set, root), root));
        }
        return reports;
    }

    private int report(List<MarkdownSet> sets, List<OutputReport> reports, Path root) throws InputException,
            com.closingset.assemble.AssemblyException {
        PrintWriter stdout = out();
        PrintWriter stderr = err();
        int stale = 0;
        for (int i = 0; i < sets.size(); i++) {
            MarkdownSet set = sets.get(i);
            OutputReport report = reports.get(i);
            String folder = Home.shown(report.folder());
            for (OutputReport.Finding f : report.findings()) {
                stdout.println(folder + (f.file().isEmpty() ? "" : "/" + f.file()) + ": " + f.verdict().label());
            }
            if (report.findings().contains(new OutputReport.Finding("", OutputReport.Verdict.MISSING))) {
                Optional<Path> orphan = readable(() -> OutputFolder.orphan(root, set.deal().id()), root);
                orphan.ifPresent(o -> stderr.println("closingset: " + folder + ": a build was killed while swapping it in; the"
                        + " previous set is intact in " + Home.shown(o) + ", and the next closingset build puts it back"));
            }
            if (!report.notCompared().isEmpty()) {
                stderr.println("closingset: " + folder + ": " + notCompared(report.notCompared())
                        + " not compared: they need the PDFs and Word files drawn, and the Markdown differs already");
            }
            if (report.current()) {
                stdout.println(folder + ": current");
            }
            stale += report.findings().size();
        }
        if (deals.isEmpty()) {
            // Checking every deal of the project, a folder no deal builds is stale output too.
            Set<String> ids = sets.stream().map(set -> set.deal().id()).collect(Collectors.toSet());
            for (String extra : readable(() -> OutputCheck.foldersOfNoDeal(root, ids), root)) {
                stdout.println(Home.shown(root.resolve(extra)) + ": not built by any deal (extra)");
                stale++;
            }
        }
        stdout.flush();
        if (stale > 0) {
            stderr.println("closingset: " + stale + (stale == 1 ? " file is not as a build would write it"
                    : " files are not as a build would write them") + ": run closingset build, then commit output/");
            stderr.flush();
            return STALE;
        }
        return 0;
    }

    /** index.md, SHA256SUMS and the PDFs present, the PDFs counted rather than named. */
    private static String notCompared(List<String> names) {
        List<String> parts = new ArrayList<>(names.stream().filter(n -> !SetLayout.isDrawn(n)).toList());
        long pdfs = names.stream().filter(SetLayout::isPdf).count();
        if (pdfs > 0) {
            parts.add(pdfs == 1 ? "1 PDF" : pdfs + " PDFs");
        }
        long docx = names.stream().filter(SetLayout::isDocx).count();
        if (docx > 0) {
            parts.add(docx == 1 ? "1 Word file" : docx + " Word files");
        }
        String last = parts.remove(parts.size() - 1);
        return parts.isEmpty() ? last : String.join(", ", parts) + " and " + last;
    }

    private interface Reading<T> {
        T read() throws IOException, com.closingset.assemble.AssemblyException;
    }

    /** An output folder that cannot be read is bad input to a check, not stale output. */
    private static <T> T readable(Reading<T> reading, Path root) throws InputException, com.closingset.assemble.AssemblyException {
        try {
            return reading.read();
        } catch (IOException e) {
            throw new InputException(Home.shown(root), 0, 0, "", "cannot read the output to check: " + e);
        }
    }
}
