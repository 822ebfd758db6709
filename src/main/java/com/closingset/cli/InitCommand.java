package com.closingset.cli;

import com.closingset.deal.InputException;
import com.closingset.kit.DealSkeleton;
import com.closingset.kit.JsonSchema;
import com.closingset.kit.Kit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code closingset init}: a new deal file to fill in, from a kit's schema. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        header = "Writes a new deal file to fill in, from a kit's schema.",
        description = "Writes a commented skeleton of a deal file: every field of the kit's schema with its description "
                + "and an example, required fields marked and left empty, optional ones commented out. Building it "
                + "before it is filled in names the first required field still missing. Never overwrites a file.")
final class InitCommand extends Subcommand {

    @Parameters(paramLabel = "DEAL.yaml", arity = "1", description = "The deal file to write (it must not exist).")
    Path file;

    @Mixin
    KitOption kit;


    @Override
    public Integer call() throws Exception {
        Kit k = kit.kit();
        if (Files.exists(file)) {
            throw new InputException(file.toString(), 0, 0, "", "the file exists; init writes only a new deal file");
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path schema = k.folder().toAbsolutePath().normalize().resolve(JsonSchema.FILE_NAME);
        String relative = folder.relativize(schema).toString().replace('\\', '/');
        Files.writeString(file, DealSkeleton.of(k, relative), StandardCharsets.UTF_8);
        out().println("wrote " + file + ": fill in the fields marked (required), then closingset build " + file);
        out().flush();
        return 0;
    }
}
