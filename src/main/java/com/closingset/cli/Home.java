package com.closingset.cli;

import java.nio.file.Path;

/**
 * The project folder holding templates/, deal/ and output/: where the launcher lives
 * ({@code -Dclosingset.home}), else the working directory.
 */
final class Home {
    private Home() {
    }

    static Path path() {
        return Path.of(System.getProperty("closingset.home", ".")).toAbsolutePath().normalize();
    }

    /** A path as the user would type it from the working directory, when it is below it. */
    static String shown(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
