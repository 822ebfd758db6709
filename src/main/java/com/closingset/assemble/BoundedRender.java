package com.closingset.assemble;

import freemarker.core.Environment;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Renders templates within their {@link RenderBounds}, each on a thread of its own with a stack of a
 * known size, so how deep a template may nest is the same on every machine and a stack that runs out
 * takes only the render with it. The tracer and the writer of {@link RenderWatch} stop a render that
 * runs away from inside it; the caller waits a little past the time bound for one that has stopped
 * beginning instructions (an empty {@code <#list 1..>}, a built-in making a huge value) and reports it
 * at the instruction it is in. Java cannot stop such a thread: it is left to finish or to end with the
 * build, as a daemon doing nothing else.
 */
final class BoundedRender {
    /** The stack of a render thread: a thousand nested instructions take well under a megabyte of it. */
    static final long STACK_BYTES = 16L << 20;

    /** What a render reads its template with: loading and parsing happen on the render thread too. */
    interface TemplateSource {
        Template get() throws IOException;
    }

    private final RenderBounds bounds;
    private final ExecutorService threads;

    BoundedRender(RenderBounds bounds) {
        this.bounds = bounds;
        // Threads are kept a while between renders (a deal renders hundreds) and made as needed.
        this.threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(null, r, "closingset-template", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    RenderBounds bounds() {
        return bounds;
    }

    /** The document the template {@code name} ({@code source}) writes from {@code model}. */
    String render(String name, TemplateSource source, Object model) throws TemplateException, IOException {
        RenderWatch watch = new RenderWatch(bounds, name);
        Future<String> render = threads.submit(() -> write(source, model, watch));
        long grace = Math.min(bounds.time().toMillis() / 10, 2_000) + 200;
        try {
            return render.get(bounds.time().toMillis() + grace, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            render.cancel(true);
            throw watch.outOfTime().leftRunning();
        } catch (InterruptedException e) {
            render.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering a template", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TemplateException t) {
                throw t;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static String write(TemplateSource source, Object model, RenderWatch watch) throws TemplateException, IOException {
        try {
            BoundedWriter out = new BoundedWriter(watch);
            Environment env = source.get().createProcessingEnvironment(model, out);
            env.setTemplateProcessingTracer(watch);
            env.process();
            if (watch.stopped() != null) {
                throw watch.stopped();
            }
            return out.toString();
        } catch (TemplateException | IOException | RuntimeException e) {
            // FreeMarker wraps what the watch throws as the error of the instruction it was at.
            if (watch.stopped() != null) {
                throw watch.stopped();
            }
            throw e;
        } catch (StackOverflowError e) {
            throw watch.outOfStack(STACK_BYTES);
        } catch (OutOfMemoryError e) {
            throw watch.outOfMemory();
        }
    }
}
