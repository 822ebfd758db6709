package com.closingset.cli;

import com.closingset.pipeline.BuildProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a build's time went, stage by stage, for {@code --debug}: from the JVM's start to the
 * command, then each stage the build reports, a stage met for several deals summed.
 */
final class StageTimes implements BuildProgress {
    private final BuildProgress progress;
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long last = System.nanoTime();

    StageTimes(BuildProgress progress) {
        this.progress = progress;
        ProcessHandle.current().info().startInstant().ifPresent(start ->
                nanos.put("start the JVM and the command", Duration.between(start, Instant.now()).toNanos()));
    }

    @Override
    public void documentRendered(String dealId, int done, int total) {
        progress.documentRendered(dealId, done, total);
    }

    @Override
    public void stageDone(String stage) {
        long now = System.nanoTime();
        nanos.merge(stage, now - last, Long::sum);
        last = now;
    }

    /** One line: each stage and its seconds, in the order first met. */
    String line() {
        return "closingset: time by stage: " + nanos.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.3f s", e.getKey(), e.getValue() / 1e9))
                .collect(Collectors.joining("; "));
    }
}
