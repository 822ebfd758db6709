package com.closingset.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bad deal files of {@code src/test/resources/bad-deals/}: each case is {@code <case>.expected}, the one
 * line the command line must print for it, and {@code <case>.yaml}, the file — or, for the cases too big to
 * commit, a generator here that writes the file at run time.
 */
final class BadDealCorpus {
    static final Path DIR = Path.of("src/test/resources/bad-deals");

    /** Built at run time: what makes them dangerous is their size, depth or expansion, not their text. */
    static final Map<String, Generator> GENERATED = new LinkedHashMap<>();

    static {
        // "Billion laughs": nine lists of nine aliases of the list before; expanded, 9^10 strings.
        GENERATED.put("billion-laughs", out -> {
            out.write("laughs:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (int i = 1; i < 10; i++) {
                out.write("  a" + i + ": &a" + i + " [" + String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1))) + "]\n");
            }
        });
        GENERATED.put("nested-10000-deep", out -> {
            out.write("deal:\n  id: ");
            out.write("[".repeat(10_000));
            out.write("]".repeat(10_000));
            out.write("\n");
        });
        GENERATED.put("scalar-of-50-mb", out -> {
            out.write("deal:\n  id: capstone-2007\n  name: ");
            String mb = "x".repeat(1 << 20);
            for (int i = 0; i < 50; i++) {
                out.write(mb);
            }
            out.write("\n");
        });
    }

    interface Generator {
        void write(BufferedWriter out) throws IOException;
    }

    private BadDealCorpus() {
    }

    /** Every case, by name, in name order. */
    static List<String> names() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".expected"))
                    .map(n -> n.substring(0, n.length() - ".expected".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line expected for the case, naming the file as {@code <case>.yaml}. */
    static String expected(String name) {
        try {
            return Files.readString(DIR.resolve(name + ".expected"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case's file: the committed one, or the generated one written into {@code generatedDir}. */
    static Path file(String name, Path generatedDir) {
        Generator generator = GENERATED.get(name);
        if (generator == null) {
            return DIR.resolve(name + ".yaml");
        }
        Path file = generatedDir.resolve(name + ".yaml");
        if (!Files.exists(file)) {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                generator.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }
}
