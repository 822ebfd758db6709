package com.closingset.cli;

import com.closingset.assemble.AssemblyException;
import com.closingset.deal.InputException;
import com.closingset.deal.IoReason;
import com.closingset.pipeline.OutputException;
import com.closingset.pipeline.OutputLock;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns a failure into the one line a lawyer reads ({@code deal/x.yaml:14:5: offering.price_per_unit: ...});
 * the stack trace only with {@code --debug}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (parsed.hasMatchedOption("--debug") || hasDebug(parsed)) {
            e.printStackTrace(err);
        }
        err.println("closingset: " + describe(e));
        err.flush();
        return ClosingSetCommand.BAD_INPUT;
    }

    private static boolean hasDebug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** The one line for {@code e}: for running out of memory or stack, what to give the JVM, as when a command does. */
    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError || e instanceof StackOverflowError) {
            return ClosingSetCommand.exhausted((VirtualMachineError) e, Runtime.getRuntime().maxMemory());
        }
        if (e instanceof InputException || e instanceof AssemblyException) {
            return e.getMessage();
        }
        if (e instanceof OutputLock.Held held) {
            return Home.shown(held.root()) + " is in use by " + held.holder().describe() + "; nothing was written (run again when it has finished, or without --no-wait to wait for it)";
        }
        if (e instanceof OutputException out) {
            return out.describe(Home::shown);
        }
        if (e instanceof IOException io) {
            // Reading input is reported where it happens, as an InputException; what is left is writing.
            String file = IoReason.file(io);
            return "cannot write the output: " + (file.isEmpty() ? "" : file + ": ") + IoReason.of(io);
        }
        return "internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "); run again with --debug and report it";
    }
}
