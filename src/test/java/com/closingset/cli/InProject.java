package com.closingset.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The command line run as the launcher runs it from a project folder ({@code -Dclosingset.home}):
 * templates/, deal/ and output/ are {@code home}'s. The property is put back afterwards, so tests
 * that use the real project are not affected.
 */
final class InProject {
    private InProject() {
    }

    static int run(Path home, PrintWriter out, PrintWriter err, String... args) {
        String before = System.getProperty("closingset.home");
        System.setProperty("closingset.home", home.toString());
        try {
            return ClosingSetCommand.run(args, out, err);
        } finally {
            if (before == null) {
                System.clearProperty("closingset.home");
            } else {
                System.setProperty("closingset.home", before);
            }
        }
    }
}
