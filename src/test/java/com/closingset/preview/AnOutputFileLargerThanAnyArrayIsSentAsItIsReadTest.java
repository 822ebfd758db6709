package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The binder of a large deal runs to hundreds of megabytes: the preview sends a file of
 * {@code output/} as it reads it, not read whole first. A file past 2 GB, which no Java array can
 * hold, is sent whole, to its last byte; before, reading it failed (out of memory: Required array
 * size too large) and the browser got no answer.
 */
class AnOutputFileLargerThanAnyArrayIsSentAsItIsReadTest {
    private static final long SIZE = 2_200_000_000L;
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path output;

    @Test
    void theWholeFileIsSentToItsLastByte() throws IOException, InterruptedException {
        Path binder = Files.createDirectories(output.resolve("sample-10000")).resolve("closing-set.pdf");
        try (RandomAccessFile file = new RandomAccessFile(binder.toFile(), "rw")) {
            // Sparse: gigabytes of nothing, written in no time and taking no disk.
            file.seek(SIZE - END.length);
            file.write(END);
        }
        try (PreviewServer server = new PreviewServer(0, new PreviewStates(), output, "output", p -> Optional.empty())) {
            URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + "/output/sample-10000/closing-set.pdf");
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<Void> head = http.send(HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(SIZE);

            HttpResponse<InputStream> get = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(get.headers().firstValue("Content-Type")).contains("application/pdf");
            long read = 0;
            byte[] buffer = new byte[1 << 20];
            byte[] last = new byte[END.length];
            try (InputStream body = get.body()) {
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    read += n;
                    if (n >= END.length) {
                        last = Arrays.copyOfRange(buffer, n - END.length, n);
                    }
                }
            }
            assertThat(read).isEqualTo(SIZE);
            assertThat(last).containsExactly(END);
        }
    }
}
