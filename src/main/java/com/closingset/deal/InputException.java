package com.closingset.deal;

/**
 * Input that cannot be used, described in one line a lawyer can act on: a deal file
 * ({@code deal/x.yaml:14:5: offering.price_per_unit: expected an amount like 1.14, got "one dollar"}),
 * a kit, a manifest, a git revision, an option or a variable of the environment. When a file cannot
 * be read, the message says so and gives the system's reason, and the I/O error is its cause.
 */
public final class InputException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    public InputException(String file, int line, int column, String path, String problem) {
        this(file, line, column, path, problem, null);
    }

    /** As {@link #InputException(String, int, int, String, String)}, caused by {@code cause} (an I/O error, say). */
    public InputException(String file, int line, int column, String path, String problem, Throwable cause) {
        super(format(file, line, column, path, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = path;
        this.problem = problem;
    }

    private static String format(String file, int line, int column, String path, String problem) {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line).append(':').append(column);
        }
        s.append(": ");
        if (path != null && !path.isEmpty()) {
            s.append(path).append(": ");
        }
        return s.append(problem).toString();
    }

    public String file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    public String path() { return path; }
    public String problem() { return problem; }
}
