package com.closingset.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium with a page open, asked what the page shows through the DevTools protocol
 * (JSON over a WebSocket): what a reader sees, scripts run, without a reload by the test.
 */
final class DevTools implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process chromium;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    private DevTools(Process chromium, WebSocket socket) {
        this.chromium = chromium;
        this.socket = socket;
    }

    /**
     * Debian's chromium, for a test that drives the preview page in it, with git for the page's
     * redline; the test is skipped, saying which is missing, without either.
     */
    static Path chromiumForThePage() {
        Optional<Path> chromium = chromium();
        assumeTrue(chromium.isPresent(), "chromium is not installed (apt-get install chromium): the preview page is not driven");
        assumeTrue(GitRepository.works(), "git is not installed: the page would have no redline to show");
        return chromium.get();
    }

    /** Debian's chromium, if installed. */
    private static Optional<Path> chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir, "chromium");
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Starts Chromium on {@code url}, its profile in {@code profile}, and connects to the page. */
    static DevTools open(Path chromium, String url, Path profile) throws Exception {
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--no-proxy-server", "--remote-debugging-port=0", "--user-data-dir=" + profile, url)
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!Files.exists(portFile) || Files.readString(portFile).lines().count() < 2) {
                if (System.nanoTime() > until || !p.isAlive()) {
                    throw new IllegalStateException("chromium did not open its DevTools port");
                }
                Thread.sleep(50);
            }
            String port = Files.readString(portFile).lines().findFirst().orElseThrow();
            HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String ws = null;
            for (JsonNode target : JSON.readTree(list)) {
                if (target.path("type").asText().equals("page")) {
                    ws = target.path("webSocketDebuggerUrl").asText();
                }
            }
            if (ws == null) {
                throw new IllegalStateException("chromium has no page open: " + list);
            }
            DevTools[] self = new DevTools[1];
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
                private final StringBuilder text = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket s, CharSequence data, boolean last) {
                    text.append(data);
                    if (last) {
                        self[0].answered(text.toString());
                        text.setLength(0);
                    }
                    s.request(1);
                    return null;
                }
            }).get(10, TimeUnit.SECONDS);
            self[0] = new DevTools(p, socket);
            return self[0];
        } catch (Exception e) {
            p.destroyForcibly();
            throw e;
        }
    }

    private void answered(String message) {
        try {
            JsonNode m = JSON.readTree(message);
            if (m.has("id")) {
                CompletableFuture<JsonNode> f = answers.remove(m.get("id").asInt());
                if (f != null) {
                    f.complete(m);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of a JavaScript expression in the page, as a string. */
    String evaluate(String expression) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        answers.put(id, answer);
        Map<String, Object> call = Map.of("id", id, "method", "Runtime.evaluate",
                "params", Map.of("expression", expression, "returnByValue", true));
        socket.sendText(JSON.writeValueAsString(call), true).get(10, TimeUnit.SECONDS);
        return answer.get(10, TimeUnit.SECONDS).path("result").path("result").path("value").asText();
    }

    /** Waits until the page's text holds {@code text}; the page's text after {@code most} otherwise. */
    String awaitText(String text, Duration most) throws Exception {
        long until = System.nanoTime() + most.toNanos();
        String shown = "";
        while (System.nanoTime() < until) {
            shown = evaluate("document.body ? document.body.innerText : ''");
            if (shown.contains(text)) {
                return shown;
            }
            Thread.sleep(100);
        }
        return shown;
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        // Chromium starts helpers of its own: end them with it.
        chromium.descendants().forEach(ProcessHandle::destroy);
        chromium.destroy();
        if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly();
        }
    }
}
