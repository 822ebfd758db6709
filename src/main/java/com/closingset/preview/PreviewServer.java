package com.closingset.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The preview's web server, on the loopback address only: the page ({@code /}), its notices of
 * each new state ({@code /events}, Server-Sent Events), the PDFs of {@code output/}
 * ({@code /output/<deal>/<file>}) and the redlines held in memory ({@code /redline/<deal>/<file>}).
 * Only GET and HEAD; only a request addressed to the loopback by name or number, so that a web page
 * of another site cannot reach it under a name of its own that resolves to 127.0.0.1.
 */
final class PreviewServer implements AutoCloseable {
    /** A quiet connection is sent a comment this often, so that one the browser has closed is found and let go. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final String TEXT = "text/plain; charset=utf-8";
    // A type the browser acts on: a PDF shown, a Word file saved or opened in Word. With nosniff, a
    // Word file sent as text would be shown as its zip's bytes.
    private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "md", "text/markdown; charset=utf-8",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final HttpServer http;
    private final ExecutorService threads;
    private final PreviewStates states;
    private final ProjectFiles output;
    private final String shown;
    private final Function<String, Optional<byte[]>> redlines;

    private final String run;

    /**
     * Serves on {@code port} of 127.0.0.1 (0: any free port).
     *
     * @param shown    the output folder as the project names it ({@code output}), for a line about its files
     * @param redlines a redline file by {@code <deal>/<file>}, if there is one
     */
    PreviewServer(int port, PreviewStates states, Path outputRoot, String shown, Function<String, Optional<byte[]>> redlines)
            throws IOException {
        this.shown = shown;
        this.states = states;
        // A page left open across a restart holds a later generation than the new process's first: its
        // states are told apart by the process that made them, not by their number alone.
        this.run = Long.toString(System.currentTimeMillis(), 36);
        this.output = new ProjectFiles(outputRoot);
        this.redlines = redlines;
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // A thread per connection: each open page holds one for its events.
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "closingset-preview-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(threads);
        http.createContext("/", this::handle);
        http.start();
    }

    /** The address served, for the user to open. */
    InetSocketAddress address() {
        return http.getAddress();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                answer(exchange);
            } catch (RuntimeException e) {
                // A fault of the program: said to the browser, not swallowed with the connection.
                send(exchange, 500, TEXT, ("closingset: " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // The browser went away mid-answer: nothing to tell anyone.
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            send(exchange, 405, TEXT, "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!toLoopback(exchange.getRequestHeaders().getFirst("Host"))) {
            send(exchange, 403, TEXT, "not addressed to this machine's loopback\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/")) {
            send(exchange, 200, "text/html; charset=utf-8", PreviewPage.render(states.current(), run).getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/events")) {
            events(exchange);
        } else if (path.startsWith("/output/")) {
            String relative = path.substring("/output/".length());
            Optional<Path> file = output.file(relative);
            if (file.isPresent()) {
                sendFile(exchange, path, file.get());
            } else {
                notOnDisk(exchange, relative);
            }
        } else if (path.startsWith("/redline/")) {
            sendFile(exchange, path, redlines.apply(path.substring("/redline/".length())));
        } else {
            notFound(exchange);
        }
    }

    /** Whether the request names the loopback: 127.0.0.1 or localhost, with or without a port. */
    static boolean toLoopback(String host) {
        if (host == null) {
            return false;
        }
        String name = host.replaceFirst(":[0-9]+$", "");
        return name.equals("127.0.0.1") || name.equalsIgnoreCase("localhost");
    }

    /** One event per new state, its data this run's mark and the state's generation; held open until the browser or the server closes it. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        long seen = -1;
        try {
            while (true) {
                PreviewState state = states.after(seen, HEARTBEAT);
                String message = state.generation() == seen ? ": still here\n\n" : "data: " + run + " " + state.generation() + "\n\n";
                seen = state.generation();
                body.write(message.getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sendFile(HttpExchange exchange, String path, Optional<byte[]> bytes) throws IOException {
        if (bytes.isEmpty()) {
            notFound(exchange);
            return;
        }
        send(exchange, 200, type(path), bytes.get());
    }

    /**
     * A file of {@code output/} as it is on disk, copied as it is read: the binder of a large deal
     * runs to hundreds of megabytes, more than serve's heap may hold, and beyond 2 GB more than any
     * Java array can. Its length is the open file's, so a build's swap meanwhile sends one version whole.
     */
    private static void sendFile(HttpExchange exchange, String path, Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            headers(exchange, type(path));
            boolean head = exchange.getRequestMethod().equals("HEAD");
            if (head) {
                // What a GET would send, for the browser to know; the server sends no length of its own for a HEAD.
                exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
            }
            exchange.sendResponseHeaders(200, head || size == 0 ? -1 : size);
            if (!head) {
                copy(channel, exchange.getResponseBody());
            }
        } catch (NoSuchFileException e) {
            // Swapped away between finding it and opening it.
            notFound(exchange);
        }
    }

    /** In pieces of a megabyte: measured over the loopback, warm, 2.5 GB/s, against 1.4 GB/s in pieces of 64 KB. */
    private static void copy(FileChannel from, OutputStream to) throws IOException {
        ByteBuffer piece = ByteBuffer.allocate(1 << 20);
        while (from.read(piece.clear()) >= 0) {
            to.write(piece.array(), 0, piece.position());
        }
    }

    private static String type(String path) {
        return TYPES.getOrDefault(path.substring(path.lastIndexOf('.') + 1), TEXT);
    }

    /**
     * A file of {@code output/} that is not there: one the page links was removed since it was built
     * (a folder deleted, {@code git clean}), which its link should say, not that there is no such file.
     */
    private void notOnDisk(HttpExchange exchange, String relative) throws IOException {
        int slash = relative.indexOf('/');
        if (slash > 0 && states.current().lists(relative.substring(0, slash), relative.substring(slash + 1))) {
            send(exchange, 404, TEXT, (shown + "/" + relative + ": no longer on disk: removed since serve built it; the next save"
                    + " that builds writes it again, as does closingset build\n").getBytes(StandardCharsets.UTF_8));
        } else {
            notFound(exchange);
        }
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        send(exchange, 404, TEXT, "no such file in the preview\n".getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        headers(exchange, type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        // A length of 0 would mean "chunked" to the server; -1 is "no body".
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    private static void headers(HttpExchange exchange, String type) {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }
}
