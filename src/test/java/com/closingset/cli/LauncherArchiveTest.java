package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./closingset} makes its class-data archive once per jar and JVM, uses it
 * afterwards, and runs without it when it cannot be made; given a JDK 25, it makes and uses that
 * JDK's AOT cache instead, and falls back to the archive when the cache cannot be made. A stand-in {@code java} on the PATH
 * records each call, so this needs neither the packaged jar nor a real training build; that the
 * real JVM ignores an archive it cannot use is the JVM's -Xshare:auto, measured in the branch notes.
 */
class LauncherArchiveTest {
    private static final Path LAUNCHER = Path.of("closingset").toAbsolutePath();
    // Logs its arguments; writes the class list and the archive where asked to, unless FAIL is set.
    private static final String FAKE_JAVA = """
            #!/usr/bin/env bash
            echo "$*" >> "$(dirname "$0")/../calls"
            for a in "$@"; do
              case $a in
                -XX:DumpLoadedClassList=*) [ -n "${FAIL:-}" ] && exit 3; echo classes > "${a#*=}";;
                -XX:AOTCacheOutput=*) [ -n "${FAIL_AOT:-}" ] && exit 3; echo cache > "${a#*=}";;
                -Xshare:dump) dump=1;;
                -XX:SharedArchiveFile=*) [ -n "${dump:-}" ] && echo archive > "${a#*=}";;
              esac
            done
            """;

    @TempDir
    Path dir;
    private Path home;
    private Path jar;
    private Path jsa;

    @BeforeEach
    void project() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && Files.isRegularFile(LAUNCHER), "bash and the launcher");
        home = Files.createDirectories(dir.resolve("project"));
        Files.createDirectories(home.resolve("src/main"));
        Files.writeString(home.resolve("pom.xml"), "");
        jar = Files.writeString(Files.createDirectories(home.resolve("target")).resolve("closingset.jar"), "");
        // Older sources than the jar: the launcher must not call Maven.
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(home.resolve("pom.xml"), old);
        Files.setLastModifiedTime(home.resolve("src/main"), old);
        Files.copy(LAUNCHER, home.resolve("closingset"));
        Path java = Files.writeString(Files.createDirectories(dir.resolve("jdk/bin")).resolve("java"), FAKE_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(dir.resolve("jdk/lib/server"));
        Files.writeString(dir.resolve("jdk/lib/server/libjvm.so"), "jvm 1");
        Path java25 = Files.writeString(Files.createDirectories(dir.resolve("jdk25/bin")).resolve("java"), FAKE_JAVA);
        Files.setPosixFilePermissions(java25, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(dir.resolve("jdk25/lib/server"));
        Files.writeString(dir.resolve("jdk25/lib/server/libjvm.so"), "jvm 25");
        jsa = home.resolve("target/closingset.jsa");
    }

    private List<String> launch(Map<String, String> env) throws Exception {
        return launch(env, "jdk");
    }

    /** Runs the launcher (with no JDK 25 unless {@code env} names one); the calls of the JDK in folder {@code jdk}. */
    private List<String> launch(Map<String, String> env, String jdk) throws Exception {
        Files.deleteIfExists(dir.resolve(jdk + "/calls"));
        ProcessBuilder pb = new ProcessBuilder(home.resolve("closingset").toString(), "--version")
                .redirectErrorStream(true).redirectOutput(dir.resolve("said").toFile());
        pb.environment().put("PATH", dir.resolve("jdk/bin") + ":" + System.getenv("PATH"));
        pb.environment().remove("CLOSINGSET_CDS");
        pb.environment().remove("CLOSINGSET_JAVA_OPTS");
        pb.environment().put("CLOSINGSET_AOT_JAVA", "");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        Path calls = dir.resolve(jdk + "/calls");
        return Files.exists(calls) ? Files.readAllLines(calls, StandardCharsets.UTF_8) : List.of();
    }

    private List<String> launch() throws Exception {
        return launch(Map.of());
    }

    @Test
    void theFirstRunTrainsTheArchiveAndLaterRunsUseIt() throws Exception {
        List<String> first = launch();
        assertThat(first).hasSize(3);
        assertThat(Files.readString(dir.resolve("said")))
                .isEqualTo("closingset: preparing target/closingset.jsa for a faster start (once per jar build)\n");
        assertThat(first.get(0)).contains("-XX:DumpLoadedClassList=").contains("build ").contains("--quiet");
        assertThat(first.get(1)).contains("-Xshare:dump").contains("-XX:SharedClassListFile=").contains("-cp " + jar);
        assertThat(first.get(2)).contains("-XX:SharedArchiveFile=" + jsa).contains("-Xshare:auto").endsWith("--version");
        assertThat(Files.readString(jsa)).isEqualTo("archive\n");

        List<String> second = launch();
        assertThat(second).hasSize(1);
        assertThat(second.get(0)).contains("-XX:SharedArchiveFile=" + jsa).contains("-Xlog:cds=off");
    }

    @Test
    void aNewerJarOrAnotherJvmTrainsAgain() throws Exception {
        launch();
        // Rebuilt, and dated in the future (a clock off): trains once, not on every run.
        Files.writeString(jar, "rebuilt");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 3_600_000));
        assertThat(launch()).hasSize(3).first().asString().contains("-XX:DumpLoadedClassList=");
        assertThat(launch()).hasSize(1);

        Files.writeString(dir.resolve("jdk/lib/server/libjvm.so"), "jvm 2, upgraded");
        assertThat(launch()).hasSize(3).first().asString().contains("-XX:DumpLoadedClassList=");
        assertThat(launch()).hasSize(1);
    }

    @Test
    void aFailedTrainingRunsWithoutAnArchiveAndDoesNotRetryEachTime() throws Exception {
        List<String> first = launch(Map.of("FAIL", "1"));
        assertThat(first).hasSize(2);
        assertThat(first.get(1)).doesNotContain("SharedArchiveFile").endsWith("--version");
        assertThat(launch()).hasSize(1).first().asString().doesNotContain("SharedArchiveFile");
    }

    @Test
    void aFailedTrainingIsTriedAgainOnceWhatItBuildsFromChanges() throws Exception {
        launch(Map.of("FAIL", "1"));
        assertThat(launch()).as("nothing changed").hasSize(1);
        // A font folder or template added after the failure, as installing the missing font does.
        Path templates = Files.createDirectories(home.resolve("templates"));
        Files.setLastModifiedTime(templates, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        List<String> retried = launch();
        assertThat(retried).hasSize(3).first().asString().contains("-XX:DumpLoadedClassList=");
        assertThat(Files.readString(dir.resolve("said"))).isEqualTo("closingset: preparing target/closingset.jsa for a faster start "
                + "again: the fonts, templates or training deal changed since it failed\n");
        assertThat(retried.get(2)).contains("-XX:SharedArchiveFile=" + jsa);
        assertThat(launch()).as("trained: not again").hasSize(1).first().asString().contains("-XX:SharedArchiveFile=" + jsa);
    }

    @Test
    void theCommandRunsWithTheFlagsTheTestsChildJvmsTake() throws Exception {
        launch();
        assertThat(launch()).hasSize(1).first().asString().startsWith(String.join(" ", ShortSetHome.LAUNCHERS_FLAGS) + " ");
    }

    @Test
    void theArchiveAndTheFlagsCanBeSwitchedOff() throws Exception {
        List<String> off = launch(Map.of("CLOSINGSET_CDS", "0", "CLOSINGSET_JAVA_OPTS", ""));
        assertThat(off).containsExactly("-Dclosingset.home=" + home + " -jar " + jar + " --version");
        assertThat(jsa).doesNotExist();
    }

    @Test
    void aJdk25MakesItsAotCacheOnceAndRunsFromIt() throws Exception {
        Map<String, String> jdk25 = Map.of("CLOSINGSET_AOT_JAVA", dir.resolve("jdk25/bin/java").toString());
        Path aot = home.resolve("target/closingset.aot");

        List<String> first = launch(jdk25, "jdk25");
        assertThat(first).hasSize(2);
        assertThat(first.get(0)).contains("-XX:AOTCacheOutput=").contains("build ").contains("--quiet");
        assertThat(first.get(1)).contains("-XX:AOTCache=" + aot).contains("-Xlog:aot=off").endsWith("--version");
        assertThat(Files.readString(aot)).isEqualTo("cache\n");
        assertThat(launch(jdk25, "jdk25")).hasSize(1).first().asString().contains("-XX:AOTCache=" + aot);
        assertThat(launch(jdk25)).as("JDK 17 is not called").isEmpty();
        assertThat(jsa).doesNotExist();
    }

    @Test
    void aJdk25WhoseCacheCannotBeMadeLeavesTheBuildToJdk17sArchive() throws Exception {
        Map<String, String> failing = Map.of("CLOSINGSET_AOT_JAVA", dir.resolve("jdk25/bin/java").toString(), "FAIL_AOT", "1");

        assertThat(launch(failing, "jdk25")).hasSize(1).first().asString().contains("-XX:AOTCacheOutput=");
        List<String> jdk17 = launch(failing);
        assertThat(jdk17).hasSize(1).first().asString().contains("-XX:SharedArchiveFile=" + jsa);
        assertThat(launch(failing, "jdk25")).as("not retried on every run").isEmpty();
    }
}
