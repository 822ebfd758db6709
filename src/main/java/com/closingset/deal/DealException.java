package com.closingset.deal;

/**
 * A deal file that cannot be used, described in one line a lawyer can act on:
 * {@code deal/x.yaml:14:5: offering.price_per_unit: expected an amount like 1.14, got "one dollar"}.
 */
public final class DealException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    public DealException(String file, int line, int column, String path, String problem) {
        super(format(file, line, column, path, problem));
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
