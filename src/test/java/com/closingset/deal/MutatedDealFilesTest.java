package com.closingset.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.figures.KitFigures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a deal file holds, the loader answers with the deal or one line naming the file: never
 * another exception, never a message over several lines. The valid fixture is mutated line by line
 * (deleted, duplicated, swapped, re-indented, a value replaced, YAML syntax inserted, truncated,
 * bytes overwritten), a fixed number of tries from a fixed seed, so CI runs the same files every time.
 */
class MutatedDealFilesTest {
    private static final String SHOWN = "deal/x.yaml";
    private static final List<String> VALID = Arrays.asList(DealFixture.validText().split("\n", -1));
    private static Path file;

    @BeforeContainer
    static void scratch() throws IOException {
        file = Files.createTempFile("mutated-deal", ".yaml");
    }

    @AfterContainer
    static void removeScratch() throws IOException {
        Files.deleteIfExists(file);
    }

    @Property(tries = 1000, seed = "20070119", shrinking = ShrinkingMode.BOUNDED)
    void aMutatedDealLoadsOrFailsInOneLineNamingTheFile(@ForAll("mutatedDeals") byte[] deal) throws IOException {
        Files.write(file, deal);
        Deal loaded;
        try {
            loaded = DealFixture.loader().load(file, SHOWN);
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith(SHOWN).doesNotContain("\n", "\r");
            return;
        }
        KitFigures.of(loaded);
    }

    /** A few mutations (one to four) of the valid deal, applied in turn. */
    @Provide
    Arbitrary<byte[]> mutatedDeals() {
        return mutation().list().ofMinSize(1).ofMaxSize(4).map(MutatedDealFilesTest::apply);
    }

    private record Mutation(int kind, double where, double other, String text, byte[] bytes) {
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withChars(":-[]{}&*!|>#'\"?%@`,\t ").ofMinLength(1).ofMaxLength(4),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.bigDecimals().ofScale(3).map(Object::toString),
                Arbitraries.of("2007-01-19", "2007-02-30", "0000-00-00", "9999-12-31", "1.14", "-1", "0", "1e400",
                        "~", "null", "yes", "no", ".inf", ".nan", "''", "\"\"", "[]", "{}", "&a x", "*a", "!!binary x",
                        "!!str", "<<: *a", "|", ">-", "- ", "? x", "@", "`", "%YAML 1.1", "---", "..."));
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8);
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        return Combinators.combine(Arbitraries.integers().between(0, 7), where, where, text, bytes).as(Mutation::new);
    }

    private static byte[] apply(List<Mutation> mutations) {
        List<String> lines = new ArrayList<>(VALID);
        byte[] raw = null;
        for (Mutation m : mutations) {
            if (raw != null) {
                raw = overwrite(raw, m);
                continue;
            }
            int i = (int) (m.where() * (lines.size() - 1));
            int j = (int) (m.other() * (lines.size() - 1));
            String line = lines.get(i);
            switch (m.kind()) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> {
                    lines.set(i, lines.get(j));
                    lines.set(j, line);
                }
                case 3 -> lines.set(i, m.other() < 0.3 ? line.stripLeading() : m.other() < 0.6 ? "  " + line
                        : m.other() < 0.8 ? "\t" + line : line.replaceFirst("^ ", ""));
                case 4 -> {
                    int colon = line.indexOf(": ");
                    lines.set(i, colon < 0 ? line.replaceFirst("- .*", "- " + m.text()) : line.substring(0, colon + 2) + m.text());
                }
                case 5 -> {
                    int at = (int) (m.other() * line.length());
                    lines.set(i, line.substring(0, at) + m.text() + line.substring(at));
                }
                case 6 -> {
                    String text = String.join("\n", lines);
                    return text.substring(0, (int) (m.where() * text.length())).getBytes(StandardCharsets.UTF_8);
                }
                default -> raw = overwrite(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), m);
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        return raw != null ? raw : String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Random bytes written over the file at some point: invalid UTF-8, control characters, NULs. */
    private static byte[] overwrite(byte[] text, Mutation m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = (int) (m.where() * text.length);
        out.write(text, 0, at);
        out.writeBytes(m.bytes());
        int after = Math.min(text.length, at + m.bytes().length);
        out.write(text, after, text.length - after);
        return out.toByteArray();
    }
}
