package com.closingset.cli;

import com.closingset.kit.JsonSchema;
import com.closingset.kit.Kits;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code closingset schema}: a kit's deal schema as JSON Schema, for YAML editors. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        header = "Prints a kit's deal schema as JSON Schema (draft-07), for editors.",
        description = "Prints the JSON Schema (draft-07) of a kit's deal files, generated from its kit.yaml: every field "
                + "with its type, bounds, description and example, so a YAML editor completes and checks a deal file. "
                + "Each kit keeps it as deal.schema.json beside kit.yaml, which deal files name on their first line.")
final class SchemaCommand implements Callable<Integer> {

    @Option(names = "--kit", paramLabel = "K", description = "The kit (default: the only kit of templates/).")
    String kit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Kits kits = Kits.in(Home.path().resolve("templates"));
        spec.commandLine().getOut().print(JsonSchema.of(kits.kit(Optional.ofNullable(kit), "--kit", 0, 0)));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
