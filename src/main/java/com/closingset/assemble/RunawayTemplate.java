package com.closingset.assemble;

/**
 * A template that passed a bound of its render ({@link RenderBounds}), with the instruction it was
 * at. Unchecked, because FreeMarker calls what throws it (the trace of instructions, the writer)
 * through interfaces that declare nothing; once thrown it is thrown again at every instruction, so an
 * {@code <#attempt>} cannot recover from it.
 *
 * @param template the name FreeMarker knows the template by ({@code 8-k.md.ftl}, {@code manifest.yaml (8-k title)})
 * @param what     the instruction as a template writes it ({@code <#list 1.. as i>}, {@code ${x}})
 * @param problem  what the document would have done, and the limit
 */
final class RunawayTemplate extends RuntimeException {
    private final String template;
    private final int line;
    private final int column;
    private final String what;
    private final String problem;
    private final boolean leftRunning;

    RunawayTemplate(String template, int line, int column, String what, String problem) {
        this(template, line, column, what, problem, false);
    }

    private RunawayTemplate(String template, int line, int column, String what, String problem, boolean leftRunning) {
        super(template + ":" + line + ":" + column + ": " + what + ": " + problem, null, false, false);
        this.template = template;
        this.line = line;
        this.column = column;
        this.what = what;
        this.problem = problem;
        this.leftRunning = leftRunning;
    }

    /** The same, for a render that went on past its bound in its thread, which Java cannot stop. */
    RunawayTemplate leftRunning() {
        return new RunawayTemplate(template, line, column, what, problem, true);
    }

    /** Whether the render's thread was still running when the build gave up waiting for it. */
    boolean isLeftRunning() {
        return leftRunning;
    }

    String template() {
        return template;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** The instruction and the problem: {@code <#list 1.. as i>: the document would take ...}. */
    String whatAndProblem() {
        return what + ": " + problem;
    }
}
