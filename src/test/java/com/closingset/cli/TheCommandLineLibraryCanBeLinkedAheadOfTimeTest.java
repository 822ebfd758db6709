package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * picocli's jar holds Java 5 class files, which JDK 25's AOT cache cannot link ahead of time and so
 * leaves out: every start read, verified and interpreted them. The build compiles picocli from its
 * published sources instead, as Java 8 class files, among the engine's own classes (pom.xml).
 */
class TheCommandLineLibraryCanBeLinkedAheadOfTimeTest {
    private static final int JAVA_8 = 52;

    @Test
    void picocliIsCompiledHereAsJava8ClassFiles() throws IOException, URISyntaxException {
        Path classes = Path.of(ClosingSetCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        URL picocli = CommandLine.class.getResource("CommandLine.class");

        assertThat(picocli).as("picocli's CommandLine class").isNotNull();
        assertThat(picocli.getProtocol()).as("picocli is read from the engine's classes, not from its jar: %s", picocli)
                .isEqualTo("file");
        assertThat(Path.of(picocli.toURI())).startsWith(classes);
        try (Stream<Path> files = Files.walk(classes.resolve("picocli"))) {
            List<Path> classFiles = files.filter(f -> f.toString().endsWith(".class")).toList();
            assertThat(classFiles).hasSizeGreaterThan(200);
            for (Path f : classFiles) {
                assertThat(majorVersion(f)).as("class-file version of %s", classes.relativize(f)).isEqualTo(JAVA_8);
            }
        }
    }

    private static int majorVersion(Path classFile) throws IOException {
        try (InputStream in = Files.newInputStream(classFile); DataInputStream data = new DataInputStream(in)) {
            data.readInt();
            data.readUnsignedShort();
            return data.readUnsignedShort();
        }
    }
}
