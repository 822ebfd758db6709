package com.closingset.assemble;

/** A template that cannot be rendered, named by file, line and expression in one line. */
public final class AssemblyException extends Exception {
    public AssemblyException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether the render that failed was still running in its thread when the build gave up waiting
     * (a loop with an empty body, one built-in working on a huge value): Java cannot stop it, so it
     * goes on until it ends or the program does.
     */
    public boolean leftARenderRunning() {
        for (Throwable c = getCause(); c != null; c = c.getCause()) {
            if (c instanceof RunawayTemplate r) {
                return r.isLeftRunning();
            }
        }
        return false;
    }
}
