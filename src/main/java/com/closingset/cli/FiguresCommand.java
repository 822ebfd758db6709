package com.closingset.cli;

import com.closingset.assemble.KitTemplates;
import com.closingset.deal.Deal;
import com.closingset.deal.DealLoader;
import com.closingset.kit.Kits;
import com.closingset.review.FigureJson;
import com.closingset.review.FigureSheet;
import com.closingset.review.FigureTable;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code closingset figures}: the computed figures with their rules, for checking the arithmetic. */
@Command(
        name = "figures",
        mixinStandardHelpOptions = true,
        header = "Prints the deal's computed figures and the rules that give them.",
        description = "Prints every computed figure of the deal as its kit declares it: its value as the documents print "
                + "it and the rule and rounding that give it, inputs written in; then the figures of each item of a "
                + "list (each investor's). --json prints the same, with exact decimal strings.")
final class FiguresCommand extends Subcommand {

    @Parameters(paramLabel = "DEAL.yaml", arity = "1", description = "The deal file.")
    Path deal;

    @Option(names = "--json", description = "Print JSON instead of tables.")
    boolean json;


    @Override
    public Integer call() throws Exception {
        Deal d = new DealLoader(Kits.in(Home.path().resolve("templates"))).load(deal, deal.toString());
        FigureSheet sheet = FigureSheet.of(d, KitTemplates.of(d.kit(), 1).engine());
        print(json ? FigureJson.render(sheet) : FigureTable.render(sheet));
        return 0;
    }
}
