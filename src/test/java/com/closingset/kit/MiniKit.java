package com.closingset.kit;

import com.closingset.deal.Deal;
import com.closingset.deal.InputException;
import com.closingset.deal.DealLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-kit templates folder written by a test: a schema, figures and rules to try, and a deal for it. */
final class MiniKit {
    /** A schema of two sections: terms (two amounts and a count) and dates (two dates). */
    static final String SCHEMA = """
            kit: mini
            description: A kit for one test.
            deal: {id: deal.id, name: deal.name, date: dates.signed, author: deal.name}
            pages: {index: index.md.ftl, cover: cover.md.ftl}
            schema:
              deal:
                description: The deal.
                fields:
                  id: {type: text, description: Its id}
                  name: {type: text, description: Its name}
              terms:
                description: The terms.
                fields:
                  price: {type: amount, description: A price, example: "1.14"}
                  cost: {type: amount, description: A cost, example: "1.00"}
                  units: {type: whole number, description: Units sold, example: "1,000"}
              dates:
                description: The dates.
                fields:
                  signed: {type: date, description: Signed, example: 2031-01-02}
                  closed: {type: date, description: Closed, example: 2031-01-09}
            """;
    static final String DEAL = """
            deal:
              id: mini-1
              name: Mini
            terms:
              price: 2.50
              cost: 1.00
              units: 1,000
            dates:
              signed: 2031-01-02
              closed: 2031-01-09
            """;

    private MiniKit() {
    }

    /** Writes {@code dir/templates/mini/} with kit.yaml = {@link #SCHEMA} plus {@code more}, and the two pages. */
    static Path write(Path dir, String more) {
        try {
            Path kit = Files.createDirectories(dir.resolve("templates/mini"));
            Files.writeString(kit.resolve("kit.yaml"), SCHEMA + more);
            Files.writeString(kit.resolve("manifest.yaml"), "documents:\n  - id: doc\n    title: Doc\n    template: doc.md.ftl\n    output: doc\n");
            Files.writeString(kit.resolve("doc.md.ftl"), "# Doc\n");
            Files.writeString(kit.resolve("index.md.ftl"), "# ${set.name}\n");
            Files.writeString(kit.resolve("cover.md.ftl"), "# ${set.name}\n");
            return dir.resolve("templates");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads {@code deal} (as deal/x.yaml) against the kit of {@code templates}. */
    static Deal load(Path templates, String deal) throws InputException {
        try {
            Path file = templates.getParent().resolve("x.yaml");
            Files.writeString(file, deal);
            return new DealLoader(Kits.in(templates)).load(file, "deal/x.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one-line message loading {@code deal} gives. */
    static String error(Path templates, String deal) {
        try {
            load(templates, deal);
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("the deal loaded");
    }
}
