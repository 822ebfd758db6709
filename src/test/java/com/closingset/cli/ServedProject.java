package com.closingset.cli;

import com.closingset.GitRepository;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code closingset serve} running in a child JVM on a short set in a temporary project folder
 * that is a git repository with the deal committed, so the page has a redline to show.
 */
final class ServedProject implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
    private static final Pattern SERVING = Pattern.compile("serving (http://127\\.0\\.0\\.1:[0-9]+/)");

    final Path home;
    final Path deal;
    final Process process;
    private final Path log;

    private ServedProject(Path home, Process process, Path log) {
        this.home = home;
        this.deal = home.resolve("deal/" + ShortSetHome.DEAL + ".yaml");
        this.process = process;
        this.log = log;
    }

    /**
     * A short set, committed, served on any free port of 127.0.0.1, with {@code options} besides;
     * returns once its first build is done.
     */
    static ServedProject start(Path dir, String... options) throws Exception {
        return start(dir, List.of(), options);
    }

    /** The same, serve's JVM given {@code jvmOptions} instead of the launcher's flags ({@link ShortSetHome#start}). */
    static ServedProject start(Path dir, List<String> jvmOptions, String... options) throws Exception {
        return start(dir, jvmOptions, home -> { }, options);
    }

    /** Something done to the project's folder before it is committed. */
    interface Preparation {
        void prepare(Path home) throws Exception;
    }

    /** The same, {@code before} done to the project before its first commit, which holds what it wrote. */
    static ServedProject start(Path dir, List<String> jvmOptions, Preparation before, String... options) throws Exception {
        return serve(committed(dir, before), dir.resolve("serve.log"), jvmOptions, options);
    }

    /** The short set's project in {@code dir}, {@code before} done to it, committed; not served. */
    static Path committed(Path dir, Preparation before) throws Exception {
        Path home = ShortSetHome.make(dir.resolve("project"), ShortSetHome.capstone());
        before.prepare(home);
        GitRepository.run(home, "init", "-q");
        GitRepository.run(home, "add", "-A");
        GitRepository.run(home, "commit", "-q", "-m", "deal");
        return home;
    }

    /** serve started again on this project once this one has stopped, with {@code options}; returns once its first build is done. */
    ServedProject startAgain(String... options) throws Exception {
        close();
        return serve(home, log.resolveSibling("serve-again.log"), List.of(), options);
    }

    /** serve on {@code home} with {@code options}, on any free port unless they name one. */
    static ServedProject serve(Path home, Path log, List<String> jvmOptions, String... options) throws Exception {
        return serve(home, log, jvmOptions, Map.of(), options);
    }

    /** The same, serve given {@code environment} besides this process's. */
    static ServedProject serve(Path home, Path log, List<String> jvmOptions, Map<String, String> environment,
                               String... options) throws Exception {
        ServedProject served = started(home, log, jvmOptions, environment, options);
        served.awaitLog("built in", 1, Duration.ofSeconds(40));
        return served;
    }

    /** serve on {@code home}, started, its first build not waited for (it may fail). */
    static ServedProject started(Path home, Path log, List<String> jvmOptions, Map<String, String> environment,
                                 String... options) throws IOException {
        List<String> line = new ArrayList<>(List.of("serve"));
        if (!List.of(options).contains("--port")) {
            line.addAll(List.of("--port", "0"));
        }
        line.addAll(List.of(options));
        return new ServedProject(home, ShortSetHome.start(home, log, jvmOptions, environment, line.toArray(String[]::new)), log);
    }

    String url() throws IOException {
        Matcher m = SERVING.matcher(log());
        if (!m.find()) {
            throw new IllegalStateException("serve did not say where it serves: " + log());
        }
        return m.group(1);
    }

    /** What serve answers for {@code path} of its address ("" for the page). */
    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The page once it holds {@code text}; fails with the log and the page after {@code most}. */
    String awaitPage(String text, Duration most) throws Exception {
        return awaitPage(text, 1, most);
    }

    /** The page once it holds {@code text} at least {@code times} times (a line of each of that many deals). */
    String awaitPage(String text, int times, Duration most) throws Exception {
        return awaitPage(page -> count(page, text) >= times, "showed \"" + text + "\" " + times + " times", most);
    }

    /** The page once it no longer holds {@code text}. */
    String awaitPageWithout(String text, Duration most) throws Exception {
        return awaitPage(page -> !page.contains(text), "stopped showing \"" + text + "\"", most);
    }

    private String awaitPage(java.util.function.Predicate<String> shows, String what, Duration most) throws Exception {
        long until = System.nanoTime() + most.toNanos();
        while (true) {
            String page = get("").body();
            if (shows.test(page)) {
                return page;
            }
            if (!process.isAlive() || System.nanoTime() > until) {
                throw new AssertionError("the page never " + what + "; serve's output:\n" + log() + "\npage:\n" + page);
            }
            Thread.sleep(100);
        }
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** Waits until {@code text} is in the log {@code times} times; fails with the log after {@code most}. */
    void awaitLog(String text, int times, Duration most) throws Exception {
        long until = System.nanoTime() + most.toNanos();
        while (count(log(), text) < times) {
            if (!process.isAlive() || System.nanoTime() > until) {
                throw new AssertionError("expected \"" + text + "\" " + times + " times in serve's output, got:\n" + log());
            }
            Thread.sleep(50);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor();
    }
}
