package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each user's serves lock a file of their own: one another user's serve left in the temporary
 * folder, which this user could not open to write, would keep the folder from this user's serve for ever.
 */
class AnotherUsersServeLockIsNotThisUsersTest {
    @TempDir
    Path locks;
    @TempDir
    Path project;

    @Test
    void theTwoUsersLockTwoFiles() throws Exception {
        Path output = project.resolve("output");
        String user = System.getProperty("user.name");
        ServeLock others;
        System.setProperty("user.name", user + "-someone-else");
        try {
            others = ServeLock.everyDealOf(locks, output, project.resolve("deal"), "deal");
        } finally {
            System.setProperty("user.name", user);
        }
        try (others; ServeLock mine = ServeLock.everyDealOf(locks, output, project.resolve("deal"), "deal"); Stream<Path> files = Files.list(locks)) {
            assertThat(files).hasSize(2);
        }
    }
}
