package com.closingset.cli;

import com.closingset.deal.DealFile;
import com.closingset.deal.InputException;
import com.closingset.pipeline.ProductVersion;
import com.closingset.preview.Preview;
import com.closingset.preview.ServeLock;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code closingset serve}: the set rebuilt at every save, previewed on a page of this machine. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        header = "Rebuilds at every save and previews the set on http://127.0.0.1:PORT/.",
        description = "Builds each deal into output/ as build does, then watches deal/ and templates/ and builds again "
                + "after each save, reusing every file the change left as it was, in one running program. A page on this "
                + "machine's loopback address (never another) lists each deal's documents with their pages, marks those the "
                + "last save changed, links each PDF and shows the redline of the working tree against the last commit; it "
                + "follows each build by itself. A build that fails is shown on the page in one line, and the last set that "
                + "built stays served. A second serve of a deal into the same output folder stops at once, naming the first. "
                + "Ctrl-C stops it: a build under way finishes first.")
final class ServeCommand extends Subcommand {

    @Parameters(paramLabel = "DEAL.yaml", arity = "0..*", description = "Deal files (default: every deal/*.yaml, as they come and go).")
    List<Path> deals = new ArrayList<>();

    @Option(names = "--port", paramLabel = "PORT", description = "Port of 127.0.0.1 to serve on (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port = 8017;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, as for build (default: output/); "
            + "not inside deal/ or templates/, which serve watches.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw usage("--port: expected a port from 0 to 65535, got " + port);
        }
        Path home = Home.path();
        Path output = output(home);
        Preview preview;
        try {
            preview = new Preview(home, output, listed(home), BuildCommand.sourceDateEpoch(),
                    ProductVersion.get(), port, ErrorReporter::describe, holder -> {
                        err().println("closingset: output is in use by " + holder.describe() + "; waiting for it to finish");
                        err().flush();
                        return true;
                    }, err());
        } catch (ServeLock.Taken e) {
            throw new InputException(Home.shown(output), 0, 0, "", e.getMessage(), e);
        } catch (BindException e) {
            throw new InputException("--port " + port, 0, 0, "", "cannot serve on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); another program is using it: name another with --port, or 0 for any free one", e);
        }
        Thread hook = new Thread(() -> {
            try {
                preview.close();
            } catch (IOException e) {
                // Stopping anyway: the process is ending.
            }
            // A git still reading the last commit for the redline (a partial clone fetching what it
            // lacks, a stalled disk) would outlive serve: what serve started ends with it.
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
            err().println("closingset: stopped serving");
            err().flush();
        }, "closingset-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out().printf("serving http://127.0.0.1:%d/ (Ctrl-C to stop)%n", preview.address().getPort());
        out().flush();
        preview.run();
        return 0;
    }

    /** The deals named, or every deal of deal/ as they come and go. */
    private Preview.Deals listed(Path home) {
        return new Preview.Deals() {
            @Override
            public List<DealFile> list() throws InputException, IOException {
                return DealFiles.resolve(deals, home, "serve");
            }

            @Override
            public String described() {
                return deals.isEmpty() ? "every deal" : deals.stream().map(Path::toString).collect(Collectors.joining(", "));
            }

            @Override
            public Optional<String> everyDealIn() {
                return deals.isEmpty() ? Optional.of(DealFiles.FOLDER) : Optional.empty();
            }
        };
    }

    /** Where the sets go: each build's own files there would be a change to build again, without end, in a watched folder. */
    private Path output(Path home) throws InputException {
        Path output = out == null ? home.resolve("output") : out.toAbsolutePath().normalize();
        for (String watched : Preview.WATCHED) {
            if (output.startsWith(home.resolve(watched))) {
                throw new InputException("--out " + Home.shown(output), 0, 0, "", "inside " + watched + "/, which serve watches,"
                        + " so that every build would start another; name a folder outside " + String.join("/ and ", Preview.WATCHED) + "/");
            }
        }
        return output;
    }
}
