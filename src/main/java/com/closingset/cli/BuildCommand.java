package com.closingset.cli;

import com.closingset.deal.DealFile;

import com.closingset.pipeline.IncrementalBuild;
import com.closingset.pipeline.OutputFolder;
import com.closingset.pipeline.OutputLock;
import com.closingset.pipeline.ProductVersion;
import com.closingset.deal.InputException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code closingset build}: deal files in, closing sets out. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        header = "Builds each deal's closing set (Markdown, PDFs, binder) into output/.",
        description = "Builds the closing set of each deal into OUT/<deal id>/: one Markdown and one PDF per document, "
                + "index.md and SHA256SUMS. Nothing is written unless every deal builds; each deal's folder is "
                + "replaced whole. A deal whose deal file and templates have not changed since its last build is left "
                + "as it is, and only the PDFs whose Markdown changed are drawn again. PDFs are dated by the deal's date of report, or by SOURCE_DATE_EPOCH if set. "
                + "Documents are drawn in parallel, one thread per processor (-Dclosingset.threads=N to change); "
                + "the files are the same bytes either way. One build at a time writes an output folder: a second waits for the first (or, with --no-wait, stops). A progress bar shows on a terminal unless --quiet.")
final class BuildCommand extends Subcommand {

    @Parameters(paramLabel = "DEAL.yaml", arity = "0..*",
            description = "Deal files (default: every deal/*.yaml).")
    List<Path> deals = new ArrayList<>();


    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: output/).")
    Path out;

    @Option(names = "--no-wait", description = "When another build is writing the same output folder, stop at once "
            + "(exit 2, naming its process) instead of waiting for it to finish.")
    boolean noWait;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar on the terminal while building.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Path home = Home.path();
        Path templates = home.resolve("templates");
        OutputFolder output = new OutputFolder(out != null ? out : home.resolve("output"), this::leftOver);
        List<DealFile> files = DealFiles.resolve(deals, home, "build");
        Optional<Instant> date = sourceDateEpoch();
        IncrementalBuild build = new IncrementalBuild(templates, output, date, ProductVersion.get());
        ProgressBar bar = ProgressBar.forTerminal(err(), quiet);
        StageTimes times = new StageTimes(bar);
        List<IncrementalBuild.Outcome> outcomes;
        try {
            outcomes = build.run(files, times, holder -> waitFor(holder, output.root()));
        } finally {
            bar.finish();
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--debug")) {
            err().println(times.line());
        }
        for (IncrementalBuild.Outcome o : outcomes) {
            if (o.upToDate()) {
                out().printf("%s is up to date: %d documents, %d pages, in %s%n",
                        o.dealId(), o.documents(), o.pages(), Home.shown(o.folder()));
            } else {
                out().printf("built %s: %d documents, %d pages, in %s (%s)%n",
                        o.dealId(), o.documents(), o.pages(), Home.shown(o.folder()),
                        IncrementalBuild.Outcome.drawn(o.pdfsDrawn(), o.pdfs()));
            }
        }
        return 0;
    }

    /** A folder the build could not remove is not output, but it is there until someone who can removes it. */
    private void leftOver(OutputFolder.Leftover left) {
        err().println("closingset: " + Home.shown(left.folder()) + " is left over from a build and cannot be removed ("
                + left.reason() + "); it is never taken for output: remove it as its owner, or with more rights");
        err().flush();
    }

    /** Says why nothing happens yet, once, and whether the build waits. */
    private boolean waitFor(OutputLock.Holder holder, Path root) {
        if (!noWait) {
            err().println("closingset: " + Home.shown(root) + " is in use by " + holder.describe()
                    + "; waiting for it to finish (--no-wait to stop instead)");
            err().flush();
        }
        return !noWait;
    }

    /** The reproducible-builds convention: a fixed date for everything a build stamps. */
    static Optional<Instant> sourceDateEpoch() throws InputException {
        return sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"));
    }

    /** The date {@code SOURCE_DATE_EPOCH}'s value names: whole seconds, a moment from 1970 to 2199 (as a deal's dates). */
    static Optional<Instant> sourceDateEpoch(String epoch) throws InputException {
        if (epoch == null || epoch.isBlank()) {
            return Optional.empty();
        }
        long seconds;
        try {
            seconds = Long.parseLong(epoch.trim());
        } catch (NumberFormatException e) {
            throw new InputException("SOURCE_DATE_EPOCH", 0, 0, "", "expected whole seconds since 1970-01-01, got \"" + epoch + "\"");
        }
        if (seconds < 0 || seconds >= END_OF_2199) {
            throw new InputException("SOURCE_DATE_EPOCH", 0, 0, "", "expected whole seconds since 1970-01-01 naming a"
                    + " moment from 1970 to 2199, got \"" + epoch + "\"" + year(seconds) + "; PDFs would be dated so");
        }
        return Optional.of(Instant.ofEpochSecond(seconds));
    }

    /** "(the year 1200)", where the value names a year at all. */
    private static String year(long seconds) {
        try {
            return " (the year " + Instant.ofEpochSecond(seconds).atZone(java.time.ZoneOffset.UTC).getYear() + ")";
        } catch (java.time.DateTimeException e) {
            return "";
        }
    }

    /** 2200-01-01T00:00:00Z. */
    private static final long END_OF_2199 = 7_258_118_400L;
}
