package com.closingset.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fonts a character falls back to, in order, when Liberation has no glyph for it: first a kit's
 * own ({@code templates/<kit>/fonts/}), then the Noto and DejaVu families where the system has them
 * (Debian's fonts-noto-core, fonts-noto-cjk and fonts-dejavu-core, which the project's set-up
 * installs). All are licensed for embedding (SIL Open Font License, Bitstream Vera). A value: the
 * files it names, not the fonts loaded from them.
 */
public final class FontChain {
    /** Where the system's fonts are looked for, in order; nothing under a user's home, which differs per user. */
    private static final Pattern FONT_FILE = Pattern.compile("(?i).*\\.(ttf|otf|ttc)");
    private static final Pattern BOLD_OR_ITALIC = Pattern.compile("(?i).*-(bold|italic|bolditalic|oblique|boldoblique)\\.[ot]t[fc]");
    private static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"));

    /**
     * The system fallbacks by file name, serif where a serif face exists: Latin, Greek and Cyrillic
     * beyond Liberation's; Arabic; Hebrew; symbols (☐ ☒ ✓); mathematics; then Chinese, Japanese and
     * Korean, last because a CJK collection is the one heavy font to load (26 MB), and every font
     * before it is asked first for a character it might also have. Not DejaVu Sans, whose
     * black-and-white emoji would print a smiley in a party's legal name.
     */
    private static final List<String[]> SYSTEM_FACES = List.of(
            new String[] {"NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf"},
            new String[] {"NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"},
            new String[] {"NotoSerifHebrew-Regular.ttf", "NotoSerifHebrew-Bold.ttf"},
            new String[] {"NotoSansSymbols2-Regular.ttf", null},
            new String[] {"NotoSansSymbols-Regular.ttf", "NotoSansSymbols-Bold.ttf"},
            new String[] {"NotoSansMath-Regular.ttf", null},
            new String[] {"DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"},
            new String[] {"NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc"});

    /** One fallback: its regular face and, where the family has one, its bold. */
    record Typeface(Path regular, Optional<Path> bold) {
        String name() {
            return regular.getFileName().toString();
        }

        /** A font collection of CJK faces, one per region's glyph forms. */
        boolean isCjkCollection() {
            return name().toLowerCase(Locale.ROOT).endsWith(".ttc") && name().contains("CJK");
        }
    }

    private final List<Typeface> typefaces;

    private FontChain(List<Typeface> typefaces) {
        this.typefaces = List.copyOf(typefaces);
    }

    /** No fallback at all: Liberation alone. */
    public static FontChain none() {
        return new FontChain(List.of());
    }

    /** The system's fallbacks. */
    public static FontChain system() {
        return new FontChain(systemTypefaces());
    }

    /** A kit's own fonts ({@code <kit folder>/fonts/*.ttf|otf}, by name), then the system's. */
    public static FontChain forKit(Path kitFolder) {
        List<Typeface> chain = new ArrayList<>(kitTypefaces(kitFolder.resolve("fonts")));
        chain.addAll(systemTypefaces());
        return new FontChain(chain);
    }

    List<Typeface> typefaces() {
        return typefaces;
    }

    /**
     * What a drawing depends on besides its Markdown: each font's file, size and modification time.
     * A font installed, removed or upgraded changes it, so no PDF drawn with another font is reused.
     */
    public String identity() {
        return typefaces.stream().flatMap(t -> Stream.concat(Stream.of(t.regular()), t.bold().stream()))
                .map(FontChain::stamp).collect(Collectors.joining("\n"));
    }

    /** The fonts by name, for a message: "Noto Serif, Noto Serif CJK, ...". */
    public String names() {
        return typefaces.isEmpty() ? "no fallback font installed"
                : typefaces.stream().map(Typeface::name).collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FontChain other && other.typefaces.equals(typefaces);
    }

    @Override
    public int hashCode() {
        return typefaces.hashCode();
    }

    private static String stamp(Path file) {
        try {
            return file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return file + " unreadable";
        }
    }

    private static List<Typeface> systemTypefaces() {
        List<Path> files = systemFontFiles();
        List<Typeface> chain = new ArrayList<>();
        for (String[] face : SYSTEM_FACES) {
            find(files, face[0]).ifPresent(regular ->
                    chain.add(new Typeface(regular, face[1] == null ? Optional.empty() : find(files, face[1]))));
        }
        return chain;
    }

    /** A kit's fonts: each regular face with the bold beside it named {@code ...-Bold}. */
    private static List<Typeface> kitTypefaces(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = fontFiles(folder);
        return files.stream().filter(f -> !isBoldOrItalic(f))
                .map(f -> new Typeface(f, boldBeside(f, files)))
                .toList();
    }

    private static boolean isBoldOrItalic(Path f) {
        return BOLD_OR_ITALIC.matcher(f.getFileName().toString()).matches();
    }

    private static Optional<Path> boldBeside(Path regular, List<Path> files) {
        String n = regular.getFileName().toString();
        int dot = n.lastIndexOf('.');
        String base = n.substring(0, dot).replaceFirst("(?i)-regular$", "");
        String bold = base + "-Bold" + n.substring(dot);
        return files.stream().filter(f -> f.getFileName().toString().equals(bold)).findFirst();
    }

    private static Optional<Path> find(List<Path> files, String name) {
        return files.stream().filter(f -> f.getFileName().toString().equals(name)).findFirst();
    }

    private static List<Path> systemFontFiles() {
        List<Path> files = new ArrayList<>();
        SYSTEM_FOLDERS.stream().filter(Files::isDirectory).forEach(folder -> files.addAll(fontFiles(folder)));
        return files;
    }

    /**
     * Font files under {@code folder}, in path order, so the same fonts are always found first. Asked
     * twice a build (the check of the deal's text, the set's drawing) of the system's hundreds of
     * fonts: the walk's own attributes, no second look at each file, and one compiled expression.
     */
    private static List<Path> fontFiles(Path folder) {
        try (Stream<Path> walk = Files.find(folder, Integer.MAX_VALUE,
                (f, attributes) -> FONT_FILE.matcher(f.getFileName().toString()).matches()
                        // A link to a font counts, as the file it leads to.
                        && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(f)))) {
            return walk.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the fonts in " + folder + ": " + e.getMessage(), e);
        }
    }
}
