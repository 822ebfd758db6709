package com.closingset.cli;

import com.closingset.deal.SampleDeal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code closingset sample}: a deal file with N fictional investors, for measuring builds at size
 * (bench/run). Only the arguments are handled here; the deal is made by {@link SampleDeal}.
 */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        header = "Writes a valid sample deal with N fictional investors (benchmarks).",
        description = "Writes a valid deal file with N fictional investors, as the kit's sample: says (for "
                + "registered-direct, the invented Northwind deal's terms, offering.shares the sum of the investors' "
                + "shares), deal id sample-N. The same N and seed give the same bytes.")
final class SampleCommand extends Subcommand {

    @Option(names = "--investors", paramLabel = "N", required = true, description = "Number of investors (at least 1).")
    int investors;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generated names and shares (default: "
            + SampleDeal.DEFAULT_SEED + ").")
    long seed = SampleDeal.DEFAULT_SEED;

    @Mixin
    KitOption kit;

    @Option(names = "--out", paramLabel = "FILE", description = "File to write (default: standard output).")
    Path out;


    @Override
    public Integer call() throws Exception {
        if (investors < 1) {
            throw usage("--investors: expected at least 1, got " + investors);
        }
        String yaml = SampleDeal.yaml(kit.kit(), investors, seed);
        if (out == null) {
            print(yaml);
        } else {
            Files.writeString(out, yaml, StandardCharsets.UTF_8);
        }
        return 0;
    }
}
