package com.closingset.assemble;

import com.closingset.deal.InputException;
import java.time.Duration;

/**
 * How much work one template may do to write one document: a generous bound on its time, its length
 * and how deeply macros, functions and includes may nest, so that a template that runs away (a
 * {@code <#list 1..>}, a macro calling itself) stops the build at its line instead of hanging it or
 * exhausting the machine. No document of a closing set comes near any of them.
 *
 * @param time       wall-clock time to write one document (or one line of the manifest)
 * @param characters characters of Markdown one document may have
 * @param depth      FreeMarker instructions open at once (each macro call, include or list body is one or more)
 */
public record RenderBounds(Duration time, long characters, int depth) {
    /** {@code -Dclosingset.renderSeconds=N} changes the time bound (seconds); the default is documented in README.md. */
    public static final String TIME_PROPERTY = "closingset.renderSeconds";
    public static final int DEFAULT_SECONDS = 30;
    public static final long DEFAULT_CHARACTERS = 10_000_000;
    public static final int DEFAULT_DEPTH = 1_000;

    public RenderBounds {
        if (time.isNegative() || time.isZero() || characters < 1 || depth < 1) {
            throw new IllegalArgumentException("render bounds must be positive: " + time + ", " + characters + ", " + depth);
        }
    }

    /** The defaults, the time as {@code -Dclosingset.renderSeconds} says when it is set. */
    public static RenderBounds fromSystemProperties() {
        String seconds = System.getProperty(TIME_PROPERTY);
        long s = seconds == null ? DEFAULT_SECONDS : seconds(seconds);
        if (s < 1) {
            throw new IllegalArgumentException("-D" + TIME_PROPERTY + " must be " + EXPECTED + ", got \"" + seconds + "\"");
        }
        return new RenderBounds(Duration.ofSeconds(s), DEFAULT_CHARACTERS, DEFAULT_DEPTH);
    }

    /**
     * Refuses a {@code -Dclosingset.renderSeconds} that is not a whole number of seconds before a
     * command begins: found later, in the middle of a build or in a class's initialiser, it could
     * only be an internal error.
     */
    public static void checkSystemProperties() throws InputException {
        String seconds = System.getProperty(TIME_PROPERTY);
        if (seconds != null && seconds(seconds) < 1) {
            throw new InputException("-D" + TIME_PROPERTY, 0, 0, "", "expected " + EXPECTED + ", got \"" + seconds + "\"");
        }
    }

    private static final String EXPECTED = "a whole number of seconds, at least 1";

    /** The seconds {@code text} names, or 0 where it names none. */
    private static long seconds(String text) {
        try {
            return Math.max(0, Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
