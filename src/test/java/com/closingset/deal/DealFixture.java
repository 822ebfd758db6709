package com.closingset.deal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.closingset.kit.Kit;
import com.closingset.kit.Kits;

/** The valid test deal (a frozen copy of the Capstone deal), and variants of it with one edit. */
public final class DealFixture {
    public static final Path VALID = Path.of("src/test/resources/deals/valid.yaml");
    /** The project's templates folder, holding the registered-direct kit. */
    public static final Path TEMPLATES = Path.of("templates");
    public static final Path KIT = TEMPLATES.resolve("registered-direct");

    /** The loader of the project's kits. */
    public static DealLoader loader() {
        try {
            return new DealLoader(Kits.in(TEMPLATES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The registered-direct kit. */
    public static Kit kit() {
        try {
            return Kits.in(TEMPLATES).kit("registered-direct");
        } catch (IOException | InputException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Deal load(Path file) throws InputException {
        return loader().load(file);
    }

    private DealFixture() {
    }

    public static String validText() {
        try {
            return Files.readString(VALID, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid deal with the one line {@code from} replaced by {@code to}; fails if the line is not there. */
    public static String edited(String from, String to) {
        String text = validText();
        if (!text.contains(from)) {
            throw new IllegalArgumentException("the fixture has no \"" + from + "\"");
        }
        return text.replace(from, to);
    }

    /**
     * The deal with {@code shares} sold in all and one investor buying them, for figures that need
     * offerings of odd sizes (the investors must add up to the offering), and expenses of a cent, so
     * that a tiny offering still has net proceeds (the kit refuses a deal whose expenses exceed them).
     */
    public static String withShares(String text, String shares) {
        String oneInvestor = "investors:\n  - name: Sole Investor LLC\n    address:\n      street: 1 Main Street\n"
                + "      city: Dover\n      state: Delaware\n      postal_code: \"19901\"\n    shares: " + shares + "\n";
        return text.replace("shares: 40,000,000", "shares: " + shares)
                .replace("estimated_expenses: 350,000", "estimated_expenses: 0.01")
                .replaceFirst("(?ms)^investors:\\n.*?(?=^[a-z#])", java.util.regex.Matcher.quoteReplacement(oneInvestor));
    }

    /**
     * The one-line error that loading {@code text} as {@code deal/x.yaml} gives; fails if it loads or
     * the message has more than one line.
     */
    public static String errorFor(Path dir, String text) {
        Path file = write(dir, "x.yaml", text);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> loader().load(file, "deal/x.yaml"));
        org.assertj.core.api.Assertions.assertThat(t).isInstanceOf(InputException.class);
        org.assertj.core.api.Assertions.assertThat(t.getMessage()).doesNotContain("\n");
        return t.getMessage();
    }

    public static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the project's templates/ (every kit, every file) as {@code to}; returns {@code to}. */
    public static Path copyTemplates(Path to) {
        try (java.util.stream.Stream<Path> walk = Files.walk(TEMPLATES)) {
            for (Path f : walk.toList()) {
                Path target = to.resolve(TEMPLATES.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
