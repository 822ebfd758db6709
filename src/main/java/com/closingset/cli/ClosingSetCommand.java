package com.closingset.cli;

import com.closingset.assemble.RenderBounds;
import com.closingset.deal.InputException;
import com.closingset.pipeline.ProductVersion;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
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
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:a check failed",
            "2:bad input or usage (the message names file:line:column and the field)",
            "3:out of memory or stack: the deal needs a larger Java heap (-Xmx) or stack (-Xss)"})
public final class ClosingSetCommand implements Runnable {
    // In the order help lists them. Registered in run(), not in the annotation, so that a run builds
    // picocli's model of the one command it runs: building all of them by reflection was a twentieth
    // of a cold build.
    private static final List<Class<?>> SUBCOMMANDS = List.of(BuildCommand.class, CheckCommand.class, FiguresCommand.class,
            RedlineCommand.class, ServeCommand.class, SampleCommand.class, SchemaCommand.class, InitCommand.class,
            CommandLine.HelpCommand.class);
    static final int BAD_INPUT = 2;
    static final int OUT_OF_RESOURCES = 3;

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
        try {
            RenderBounds.checkSystemProperties();
        } catch (InputException e) {
            err.println("closingset: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        CommandLine cli = new CommandLine(new ClosingSetCommand());
        String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        boolean alone = !named.equals("help") && SUBCOMMANDS.stream().anyMatch(c -> name(c).equals(named));
        for (Class<?> c : SUBCOMMANDS) {
            // Any other command line (none named, a mistyped one, help) sees them all, as usage and "did you mean" need.
            if (!alone || name(c).equals(named)) {
                cli.addSubcommand(c);
            }
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli hands only exceptions to the reporter; an error of the JVM would end the run with a
            // stack trace and exit 1, which for check means "stale".
            if (Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(err);
            }
            err.println("closingset: " + exhausted(e, Runtime.getRuntime().maxMemory()));
            err.flush();
            return OUT_OF_RESOURCES;
        }
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** What ran out, and what to give the JVM instead: twice the heap it had, or a deeper stack. */
    static String exhausted(VirtualMachineError e, long maxHeap) {
        if (e instanceof StackOverflowError) {
            return "out of stack (StackOverflowError); run again with a larger stack: CLOSINGSET_JAVA_OPTS=-Xss16m ./closingset ..."
                    + " (java -Xss16m -jar target/closingset.jar ...)";
        }
        long mb = maxHeap >> 20;
        String more = mb >= 1024 ? (2 * mb + 1023) / 1024 + "g" : 2 * mb + "m";
        String what = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
        return "out of memory" + what + " with a Java heap of " + mb + " MB; run again with a larger one:"
                + " CLOSINGSET_JAVA_OPTS=-Xmx" + more + " ./closingset ... (java -Xmx" + more + " -jar target/closingset.jar ...)";
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ClosingSet " + ProductVersion.get()};
        }
    }
}
