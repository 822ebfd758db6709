package com.closingset.cli;

import com.closingset.pipeline.ProductVersion;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code closingset}: builds securities closing sets from a YAML deal model. */
@Command(
        name = "closingset",
        mixinStandardHelpOptions = true,
        versionProvider = ClosingSetCommand.Version.class,
        description = "Builds a securities closing set (Markdown and PDF) from a YAML deal model.",
        subcommands = {BuildCommand.class, CheckCommand.class, FiguresCommand.class, RedlineCommand.class, SampleCommand.class,
            SchemaCommand.class, InitCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:a check failed",
            "2:bad input or usage (the message names file:line:column and the field)"})
public final class ClosingSetCommand implements Runnable {
    static final int BAD_INPUT = 2;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, such as: closingset build");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ClosingSetCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ClosingSet " + ProductVersion.get()};
        }
    }
}
