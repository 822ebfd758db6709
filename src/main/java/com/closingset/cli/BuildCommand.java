package com.closingset.cli;

import com.closingset.build.BuiltSet;
import com.closingset.build.ClosingSetBuilder;
import com.closingset.build.OutputFolder;
import com.closingset.build.ProductVersion;
import com.closingset.deal.DealException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code closingset build}: deal files in, closing sets out. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        header = "Builds each deal's closing set (Markdown, PDFs, binder) into output/.",
        description = "Builds the closing set of each deal into OUT/<deal id>/: one Markdown and one PDF per document, "
                + "index.md and SHA256SUMS. Nothing is written unless every deal builds; each deal's folder is "
                + "replaced whole. PDFs are dated by the deal's date of report, or by SOURCE_DATE_EPOCH if set. "
                + "Documents are drawn in parallel, one thread per processor (-Dclosingset.threads=N to change); "
                + "the files are the same bytes either way. A progress bar shows on a terminal unless --quiet.")
final class BuildCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DEAL.yaml", arity = "0..*",
            description = "Deal files (default: every deal/*.yaml).")
    List<Path> deals = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: output/).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar on the terminal while building.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Path home = Home.path();
        OutputFolder output = new OutputFolder(out != null ? out : home.resolve("output"));
        // A build killed mid-swap left a deal's previous set aside: put it back before anything can fail.
        output.recover();
        List<DealFiles.DealFile> files = DealFiles.resolve(deals, home, "build");
        ClosingSetBuilder builder = new ClosingSetBuilder(home.resolve("templates"), sourceDateEpoch(), ProductVersion.get());
        List<BuiltSet> built = new ArrayList<>();
        ProgressBar progress = ProgressBar.forTerminal(spec.commandLine().getErr(), quiet);
        try {
            for (DealFiles.DealFile d : files) {
                built.add(builder.build(d.path(), d.shown(), progress));
            }
        } finally {
            progress.finish();
        }
        for (BuiltSet set : built) {
            output.checkReplaceable(set.dealId());
        }
        for (BuiltSet set : built) {
            Path folder = output.write(set);
            spec.commandLine().getOut().printf("built %s: %d documents, %d pages, in %s%n",
                    set.dealId(), set.documents(), set.pages(), Home.shown(folder));
        }
        return 0;
    }

    /** The reproducible-builds convention: a fixed date for everything a build stamps. */
    static Optional<Instant> sourceDateEpoch() throws DealException {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.trim())));
        } catch (NumberFormatException e) {
            throw new DealException("SOURCE_DATE_EPOCH", 0, 0, "", "expected whole seconds since 1970-01-01, got \"" + epoch + "\"");
        }
    }
}
