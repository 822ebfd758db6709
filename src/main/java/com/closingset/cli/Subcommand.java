package com.closingset.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What every subcommand has: picocli's model of it, for its output streams and its usage errors. */
abstract class Subcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints {@code text} to standard output as it is, at once. */
    void print(String text) {
        out().print(text);
        out().flush();
    }

    /** A usage error: picocli prints it with the command's usage, and the exit status says so. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
