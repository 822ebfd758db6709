package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview serves the files of output/ and nothing else: a path that backs out, starts at the
 * root or goes through a symbolic link to a file outside is no file, however it is spelt.
 */
class AServedPathStaysInsideTheProjectTest {
    @TempDir
    Path project;
    Path output;

    @BeforeEach
    void files() throws IOException {
        output = Files.createDirectories(project.resolve("output/deal-1"));
        Files.writeString(output.resolve("8-k.pdf"), "the set's own file");
        Files.writeString(project.resolve("secret.yaml"), "outside output/");
        Files.createSymbolicLink(output.resolve("link-out.pdf"), project.resolve("secret.yaml"));
        Files.createSymbolicLink(output.resolve("folder-out"), project);
        Files.createSymbolicLink(output.resolve("link-in.pdf"), output.resolve("8-k.pdf"));
    }

    @Test
    void aFileOfTheFolderIsServed() {
        ProjectFiles files = new ProjectFiles(project.resolve("output"));
        assertThat(files.file("deal-1/8-k.pdf")).contains(realPath(output.resolve("8-k.pdf")));
        assertThat(files.file("deal-1/link-in.pdf")).contains(realPath(output.resolve("8-k.pdf")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.yaml", "deal-1/../../secret.yaml", "deal-1/./8-k.pdf", "deal-1//8-k.pdf", "/etc/passwd",
        "deal-1/link-out.pdf", "deal-1/folder-out/secret.yaml", "deal-1", "deal-1/missing.pdf", "deal-1\\..\\..\\secret.yaml",
        "C:/secret.yaml", ""})
    void anythingElseIsNoFile(String path) {
        assertThat(new ProjectFiles(project.resolve("output")).file(path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/output/../secret.yaml", "/output/%2e%2e/secret.yaml", "/output/deal-1/%2e%2e/%2e%2e/secret.yaml",
        "/output/deal-1/link-out.pdf", "/output//etc/passwd", "/output/%2fetc%2fpasswd"})
    void theServerAnswersSuchARequestWithNotFound(String path) throws IOException {
        try (PreviewServer server = new PreviewServer(0, new PreviewStates(), project.resolve("output"), "output", p -> Optional.empty())) {
            String answer = get(server.address().getPort(), path);
            assertThat(answer).startsWith("HTTP/1.1 404").doesNotContain("outside output/");
            assertThat(get(server.address().getPort(), "/output/deal-1/8-k.pdf")).startsWith("HTTP/1.1 200").contains("the set's own file");
        }
    }

    /** A request sent as typed, which no client library tidies first. */
    static String get(int port, String path) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
