package com.closingset.cli;

import com.closingset.deal.InputException;
import com.closingset.kit.Kit;
import com.closingset.kit.Kits;
import java.io.IOException;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --kit K}, for the commands that work on a kit rather than a deal: the only kit of templates/ when not given. */
final class KitOption {
    @Option(names = "--kit", paramLabel = "K", description = "The kit (default: the only kit of templates/).")
    String name;

    Kit kit() throws InputException, IOException {
        return Kits.in(Home.path().resolve("templates")).kit(Optional.ofNullable(name), "--kit", 0, 0);
    }
}
