package com.closingset.figures;

/** A figure that cannot be computed or is out of its bounds, at the path that names it ({@code figures.net_proceeds}). */
public final class FigureException extends Exception {
    private final String path;

    public FigureException(String path, String problem) {
        super(problem);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
