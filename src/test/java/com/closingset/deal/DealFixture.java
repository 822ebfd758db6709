package com.closingset.deal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The valid test deal (a frozen copy of the Capstone deal), and variants of it with one edit. */
public final class DealFixture {
    public static final Path VALID = Path.of("src/test/resources/deals/valid.yaml");

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
     * offerings of odd sizes (the investors must add up to the offering).
     */
    public static String withShares(String text, String shares) {
        String oneInvestor = "investors:\n  - name: Sole Investor LLC\n    address:\n      street: 1 Main Street\n"
                + "      city: Dover\n      state: Delaware\n      postal_code: \"19901\"\n    shares: " + shares + "\n";
        return text.replace("shares: 40,000,000", "shares: " + shares)
                .replaceFirst("(?ms)^investors:\\n.*?(?=^[a-z#])", java.util.regex.Matcher.quoteReplacement(oneInvestor));
    }

    /**
     * The one-line error that loading {@code text} as {@code deal/x.yaml} gives; fails if it loads or
     * the message has more than one line.
     */
    public static String errorFor(Path dir, String text) {
        Path file = write(dir, "x.yaml", text);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> new DealLoader().load(file, "deal/x.yaml"));
        org.assertj.core.api.Assertions.assertThat(t).isInstanceOf(DealException.class);
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
}
