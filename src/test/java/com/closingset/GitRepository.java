package com.closingset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** git, as the tests run it in a project folder they made: as a test user, never signing. */
public final class GitRepository {
    private GitRepository() {
    }

    /** Whether git is installed and runs. */
    public static boolean works() {
        try {
            return new ProcessBuilder("git", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether {@code folder} is in a git repository already: a temporary folder may be, and a test of one that is not then says so. */
    public static boolean encloses(Path folder) throws Exception {
        Process p = new ProcessBuilder("git", "rev-parse", "--git-dir").directory(folder.toFile()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    /** What {@code git args...} prints, run in {@code folder}; fails with git's output unless it succeeds. */
    public static String run(Path folder, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + ": " + output);
        }
        return output;
    }
}
