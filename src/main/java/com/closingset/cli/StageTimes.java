package com.closingset.cli;

import com.closingset.pipeline.BuildProgress;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Where a build's time went, stage by stage, for {@code --debug}: from the JVM's start to the
 * command, then each stage the build reports, a stage met for several deals summed.
 */
final class StageTimes implements BuildProgress {
    private final BuildProgress progress;
    private static final String START = "start the JVM and the command";
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final long madeAtMillis = System.currentTimeMillis();
    private long last = System.nanoTime();

    StageTimes(BuildProgress progress) {
        this.progress = progress;
        nanos.put(START, 0L);
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
        // The JVM's own record of its start, to the millisecond, read only when asked (it loads the
        // management classes). The process's start time is not used: Linux gives it against a boot
        // time in whole seconds, so it was up to a second wrong.
        nanos.put(START, TimeUnit.MILLISECONDS.toNanos(madeAtMillis - ManagementFactory.getRuntimeMXBean().getStartTime()));
        return "closingset: time by stage: " + nanos.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.3f s", e.getKey(), e.getValue() / 1e9))
                .collect(Collectors.joining("; "));
    }
}
