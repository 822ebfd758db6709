package com.closingset.cli;

import com.closingset.deal.DealFile;

import com.closingset.deal.InputException;
import com.closingset.deal.IoReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The deal files a command works on: those named, or every deal/*.yaml of the project in name order. */
final class DealFiles {
    /** The project's folder of deal files, every one of which a command works on when none is named. */
    static final String FOLDER = "deal";

    private DealFiles() {
    }

    static List<DealFile> resolve(List<Path> named, Path home, String command) throws InputException, IOException {
        List<DealFile> files = new ArrayList<>();
        if (!named.isEmpty()) {
            named.forEach(d -> files.add(new DealFile(d, d.toString())));
            return files;
        }
        // Every deal of the project, so one command covers the whole golden set.
        try (Stream<Path> listed = Files.list(home.resolve(FOLDER))) {
            for (Path d : listed.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                files.add(new DealFile(d, FOLDER + "/" + d.getFileName()));
            }
        } catch (IOException e) {
            throw new InputException("deal/", 0, 0, "", "cannot read the folder of deal files: " + IoReason.of(e)
                    + "; run closingset " + command + " in a project folder (closingset init makes one), or name a deal file", e);
        }
        if (files.isEmpty()) {
            throw new InputException("deal/", 0, 0, "", "no deal files (*.yaml) to " + command + "; name one: closingset "
                    + command + " DEAL.yaml");
        }
        return files;
    }
}
