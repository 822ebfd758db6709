package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A file the preview links is sent as what it is, so that the browser shows a PDF, opens or saves
 * a Word file, and shows Markdown as text; the server forbids the browser to guess, so a Word file
 * sent as text would be shown as the bytes of its zip.
 */
class EachServedFileComesAsWhatItIsTest {
    @TempDir
    Path output;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "8-k.pdf, application/pdf",
            "8-k.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "8-k.md, text/markdown; charset=utf-8",
    })
    void aFileOfTheSetIsSentWithItsFormatsType(String file, String type) throws IOException, InterruptedException {
        Files.createDirectories(output.resolve("capstone-2007"));
        Files.write(output.resolve("capstone-2007").resolve(file), new byte[] {'P', 'K', 3, 4});
        try (PreviewServer server = new PreviewServer(0, new PreviewStates(), output, "output", p -> Optional.empty())) {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.address().getPort() + "/output/capstone-2007/" + file)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains(type);
            assertThat(response.body()).containsExactly('P', 'K', 3, 4);
        }
    }
}
