package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spec tests of the PDF renderer, in Flexmark's style: each example of {@code src/test/resources/pdf/spec/*.md}
 * is a small Markdown input beside the drawing it must give, as runs of text (page, x and baseline y
 * in points from the top-left, font, size, text) and the straight lines stroked. A change to one
 * handler shows as the examples whose drawing it moved, construct by construct.
 *
 * <p>Run with {@code -Dspec.write=true} to write the drawings the renderer gives now into the spec
 * files (then read the diff: every moved run is a change to the rendering).
 */
class DrawingSpecTest {
    private static final Path SPECS = Path.of("src/test/resources/pdf/spec");
    private static final String FENCE = "````````````````````````````````";
    private static final float COLUMN_GAP = 12f;
    private static final java.util.regex.Pattern NBSP = java.util.regex.Pattern.compile("\u00a0+");

    record Example(Path file, String name, String markdown, String drawing) {
        @Override
        public String toString() {
            return file.getFileName() + ": " + name;
        }
    }

    static Stream<Arguments> examples() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SPECS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                read(f).forEach(e -> out.add(Arguments.of(e)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void drawsAsTheSpecSays(Example example) throws IOException {
        String drawn = drawing(example.markdown());
        if (Boolean.getBoolean("spec.write")) {
            write(example, drawn);
            return;
        }
        assertThat(drawn).as(example.toString()).isEqualTo(example.drawing());
    }

    /** The drawing of {@code markdown}: one line per run of glyphs that share a line, font and size, then each stroke. */
    static String drawing(String markdown) throws IOException {
        RenderedPdf pdf = RenderedPdf.of(markdown);
        StringBuilder s = new StringBuilder();
        RenderedPdf.Glyph start = null;
        StringBuilder run = new StringBuilder();
        float end = 0;
        for (RenderedPdf.Glyph g : pdf.glyphs()) {
            // A gap wider than a justified line's widest word space starts a run of its own: a table's next column.
            boolean same = start != null && g.page() == start.page() && Math.abs(g.y() - start.y()) < 0.5f
                    && g.font().equals(start.font()) && g.size() == start.size() && g.x() >= end - 0.5f && g.x() - end < COLUMN_GAP;
            if (!same) {
                flush(s, start, run);
                start = g;
                run.setLength(0);
            } else if (g.x() - end > 1.0f) {
                run.append(' ');
            }
            run.append(g.text());
            end = g.right();
        }
        flush(s, start, run);
        for (RenderedPdf.Stroke k : pdf.strokes()) {
            s.append(String.format(Locale.ROOT, "line %d %.1f,%.1f %.1f,%.1f%n", k.page(), k.x1(), k.y1(), k.x2(), k.y2()));
        }
        return s.toString().replace("\r\n", "\n");
    }

    private static void flush(StringBuilder s, RenderedPdf.Glyph start, CharSequence run) {
        if (start != null && !run.toString().isBlank()) {
            // Subset prefixes (ABCDEF+) differ with the text; the font's own name is what matters.
            String font = start.font().replaceFirst("^[A-Z]{6}\\+", "");
            s.append(String.format(Locale.ROOT, "text %d %.1f,%.1f %s %.1f | %s%n", start.page(), start.x(), start.y(), font,
                    start.size(), visible(run.toString().strip())));
        }
    }

    /** Non-breaking spaces (a signature rule's blank, drawn under a stroke) shown by count: {nbsp x 40}. */
    private static String visible(String text) {
        return NBSP.matcher(text).replaceAll(m -> "{nbsp x " + m.group().length() + "}").strip();
    }

    private static List<Example> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(FENCE + " example ")) {
                String name = lines.get(i).substring((FENCE + " example ").length()).strip();
                StringBuilder md = new StringBuilder();
                int j = i + 1;
                for (; !lines.get(j).equals("."); j++) {
                    md.append(lines.get(j)).append('\n');
                }
                StringBuilder drawing = new StringBuilder();
                for (j++; !lines.get(j).equals(FENCE); j++) {
                    drawing.append(lines.get(j)).append('\n');
                }
                out.add(new Example(file, name, md.toString(), drawing.toString()));
                i = j;
            }
        }
        return out;
    }

    /** Puts {@code drawn} in place of the example's expected drawing in its spec file. */
    private static synchronized void write(Example example, String drawn) {
        try {
            List<String> lines = Files.readAllLines(example.file(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                out.add(lines.get(i));
                if (lines.get(i).equals(FENCE + " example " + example.name())) {
                    for (i++; !lines.get(i).equals("."); i++) {
                        out.add(lines.get(i));
                    }
                    out.add(".");
                    drawn.lines().forEach(out::add);
                    while (!lines.get(i + 1).equals(FENCE)) {
                        i++;
                    }
                }
            }
            Files.write(example.file(), (String.join("\n", out) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
