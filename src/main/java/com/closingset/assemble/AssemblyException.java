package com.closingset.assemble;

/** A template that cannot be rendered, named by file, line and expression in one line. */
public final class AssemblyException extends Exception {
    public AssemblyException(String message, Throwable cause) {
        super(message, cause);
    }
}
