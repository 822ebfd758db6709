package com.closingset.cli;

import com.closingset.kit.JsonSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code closingset schema}: a kit's deal schema as JSON Schema, for YAML editors. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        header = "Prints a kit's deal schema as JSON Schema (draft-07), for editors.",
        description = "Prints the JSON Schema (draft-07) of a kit's deal files, generated from its kit.yaml: every field "
                + "with its type, bounds, description and example, so a YAML editor completes and checks a deal file. "
                + "Each kit keeps it as deal.schema.json beside kit.yaml, which deal files name on their first line.")
final class SchemaCommand extends Subcommand {

    @Mixin
    KitOption kit;


    @Override
    public Integer call() throws Exception {
        print(JsonSchema.of(kit.kit()));
        return 0;
    }
}
