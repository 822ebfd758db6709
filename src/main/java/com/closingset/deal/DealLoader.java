package com.closingset.deal;

import java.nio.file.Path;

/** Reads a deal file into a validated {@link Deal}; every problem is a one-line {@link DealException}. */
public final class DealLoader {

    /** Loads the file; {@code shownName} is how messages name it (the path the user typed). */
    public Deal load(Path file, String shownName) throws DealException {
        return new DealReader(shownName).read(YamlFile.root(file, shownName, "a deal model (see deal/capstone-2007.yaml)"));
    }

    public Deal load(Path file) throws DealException {
        return load(file, file.toString());
    }
}
