package com.closingset.assemble;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.util.Locale;

/**
 * Watches one render, instruction by instruction, through FreeMarker's tracer: how deeply
 * instructions are open (a macro calling itself opens more at every call) and how long the render
 * has run, checked as each instruction begins; the writer reports the document's length to it. The
 * first bound passed stops the render at the instruction that passed it. It also keeps the last
 * instruction begun, which is where a render is that has stopped beginning any (a loop with an
 * empty body, a built-in working on a huge value).
 */
final class RenderWatch implements TemplateProcessingTracer {
    private final RenderBounds bounds;
    private final String templateName;
    private final long deadline;
    private final TracedElement[] open;
    private int depth;
    private volatile TracedElement last;
    private TracedElement deepest;
    private int deepestDepth;
    private volatile RunawayTemplate stopped;

    /** @param templateName the template rendered, named where the render stops before its first instruction */
    RenderWatch(RenderBounds bounds, String templateName) {
        this.bounds = bounds;
        this.templateName = templateName;
        this.deadline = System.nanoTime() + bounds.time().toNanos();
        this.open = new TracedElement[bounds.depth()];
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        if (stopped != null) {
            throw stopped;
        }
        last = element;
        if (depth == open.length) {
            // A macro's or function's body, or an included template's root, is entered from its call: the call is the line to show.
            String entered = element.getDescription();
            boolean body = entered.startsWith("#macro") || entered.startsWith("#function") || entered.equals("root");
            throw stop(body && depth > 0 ? open[depth - 1] : element, String.format(Locale.US, "the document would open more than %,d instructions one inside another "
                    + "(does a macro, a function or an #include call itself?); the limit is %,d", open.length, open.length));
        }
        open[depth++] = element;
        if (depth > deepestDepth) {
            deepestDepth = depth;
            deepest = element;
        }
        if (System.nanoTime() - deadline > 0) {
            throw stop(element, tooLong());
        }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        if (depth > 0) {
            open[--depth] = null;
        }
    }

    /** Called by the writer with the length the document would have. */
    void written(long characters) {
        if (stopped != null) {
            throw stopped;
        }
        if (characters > bounds.characters()) {
            throw stop(depth > 0 ? open[depth - 1] : last, String.format(Locale.US, "the document would be longer than %,d "
                    + "characters; the limit is %,d characters of Markdown per document", bounds.characters(), bounds.characters()));
        }
    }

    /** The bound passed, if one was: an {@code <#attempt>} may have carried the render past it. */
    RunawayTemplate stopped() {
        return stopped;
    }

    /** For the thread waiting on a render that has stopped beginning instructions: out of time at the last one begun. */
    RunawayTemplate outOfTime() {
        return stop(last, tooLong());
    }

    /** Java's stack ran out, deeper than instructions are counted (an expression's own depth): at the deepest instruction. */
    RunawayTemplate outOfStack(long stackBytes) {
        return stop(deepest, String.format(Locale.US, "the document would nest deeper than the template thread's stack of %d MB "
                + "holds; the limit is %,d instructions one inside another", stackBytes >> 20, open.length));
    }

    /** The heap ran out, as one built-in made a huge value ({@code ?left_pad(400000000)}): at the last instruction begun. */
    RunawayTemplate outOfMemory() {
        return stop(last, String.format(Locale.US, "the document would need more memory than the build has; the limit is the "
                + "Java heap, %,d MB, and %,d characters of Markdown per document", Runtime.getRuntime().maxMemory() >> 20,
                bounds.characters()));
    }

    private String tooLong() {
        long seconds = bounds.time().toSeconds();
        String limit = seconds >= 1 ? String.format(Locale.US, "%,d second%s", seconds, seconds == 1 ? "" : "s")
                : bounds.time().toMillis() + " ms";
        return "the document would take longer than " + limit + " to write (a loop without end?); the limit is " + limit
                + " per document (-D" + RenderBounds.TIME_PROPERTY + ")";
    }

    private synchronized RunawayTemplate stop(TracedElement at, String problem) {
        if (stopped == null) {
            stopped = at == null ? new RunawayTemplate(templateName, 0, 0, "the template", problem)
                    : new RunawayTemplate(at.getTemplate().getSourceName(), at.getBeginLine(), at.getBeginColumn(), shown(at), problem);
        }
        return stopped;
    }

    /** The instruction as its template writes it: {@code <#list 1.. as i>}, {@code <@m>}, {@code ${x}}. */
    private static String shown(TracedElement e) {
        String d = e.getDescription();
        return d.startsWith("#") || d.startsWith("@") ? "<" + d + ">" : d;
    }
}
