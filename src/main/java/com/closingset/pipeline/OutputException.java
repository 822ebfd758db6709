package com.closingset.pipeline;

import com.closingset.deal.IoReason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * A file operation on the output that failed, as a lawyer reads it: what was being done, to which
 * file, the system's reason, and what state the output folder is left in ("the previous output is
 * unchanged"), so that nobody has to guess whether the set on disk can be used.
 */
public final class OutputException extends IOException {
    private final String operation;
    private final transient Path path;
    private final transient Optional<Path> to;
    private final String reason;
    private final String state;

    private OutputException(String operation, Path path, Optional<Path> to, String reason, String state, Throwable cause) {
        super("cannot " + operation + " " + path + to.map(t -> " to " + t).orElse("") + ": " + reason
                + (state.isEmpty() ? "" : "; " + state), cause);
        this.operation = operation;
        this.path = path;
        this.to = to;
        this.reason = reason;
        this.state = state;
    }

    /** {@code operation} ("write", "read", "remove", "create") of {@code path} failed for the system's reason in {@code e}. */
    public static OutputException of(String operation, Path path, IOException e) {
        if (e instanceof OutputException known) {
            return known;
        }
        return new OutputException(operation, path, Optional.empty(), IoReason.of(e), "", e);
    }

    /** Moving {@code from} to {@code to} failed for the system's reason in {@code e}. */
    public static OutputException move(Path from, Path to, IOException e) {
        return new OutputException("move", from, Optional.of(to), IoReason.of(e), "", e);
    }

    /** A failure found by the build itself rather than the system: {@code reason} says what is wrong. */
    public static OutputException found(String operation, Path path, String reason) {
        return new OutputException(operation, path, Optional.empty(), reason, "", null);
    }

    /** The same failure, saying what state it left the output in; a state already said is kept. */
    public OutputException leaving(String state) {
        return this.state.isEmpty() ? new OutputException(operation, path, to, reason, state, getCause()) : this;
    }

    /** Any I/O failure of a build as one of these: the system's own error names its file where it can. */
    public static OutputException from(IOException e, Path fallback) {
        if (e instanceof OutputException known) {
            return known;
        }
        String file = IoReason.file(e);
        return of("write", file.isEmpty() ? fallback : Path.of(file), e);
    }

    /** The system's reason, or what the build found wrong. */
    public String reason() {
        return reason;
    }

    public Optional<String> state() {
        return state.isEmpty() ? Optional.empty() : Optional.of(state);
    }

    /** The message with paths as {@code shown} writes them (relative to where the user stands). */
    public String describe(Function<Path, String> shown) {
        return "cannot " + operation + " " + shown.apply(path) + to.map(t -> " to " + shown.apply(t)).orElse("") + ": "
                + reason + (state.isEmpty() ? "" : "; " + state);
    }
}
