package com.closingset.layout;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Every file name and folder of a built set ({@code output/<deal>/}) and of a redline folder
 * ({@code redline/<deal>/}): nothing else builds a path there, so changing the layout is changing
 * this class. The set's folder is flat: documents by their output name, then the set's own files.
 */
public final class SetLayout {
    /** What the set holds, in a table with each PDF's hash. */
    public static final String INDEX = "index.md";
    /** Every file's SHA-256, as {@code sha256sum -c} reads them. */
    public static final String CHECKSUMS = "SHA256SUMS";
    /** The whole set in one PDF, without its extension: the binder's output name. */
    public static final String BINDER_OUTPUT = "closing-set";
    /** The whole set in one PDF. */
    public static final String BINDER = pdf(BINDER_OUTPUT);
    /** What the last build of a folder read and wrote (git-ignored, not in {@link #CHECKSUMS}). */
    public static final String BUILD_RECORD = ".closingset-build";
    /** A redline folder's list of every document, changed or not. */
    public static final String REDLINE_SUMMARY = "SUMMARY.md";
    /** A redline folder's one blackline to circulate: the cover, then every changed document. */
    public static final String REDLINE_BLACKLINE = "blackline.pdf";
    private static final String MARKDOWN = ".md";
    private static final String PDF = ".pdf";
    private static final String DOCX = ".docx";
    private static final String REDLINE_DOCX = ".redline.docx";
    private static final String REDLINE_MARKDOWN = ".redline.md";
    private static final String REDLINE_PDF = ".redline.pdf";

    private SetLayout() {
    }

    /** A document's Markdown: {@code 8-k.md}. */
    public static String markdown(String output) {
        return output + MARKDOWN;
    }

    /** A document's PDF: {@code 8-k.pdf}. */
    public static String pdf(String output) {
        return output + PDF;
    }

    public static boolean isPdf(String name) {
        return name.endsWith(PDF);
    }

    /** A document's Word file: {@code 8-k.docx}. */
    public static String docx(String output) {
        return output + DOCX;
    }

    /** A document's Word file, by its PDF's name: {@code 8-k.pdf} gives {@code 8-k.docx}. */
    public static String wordFileOf(String pdf) {
        if (!isPdf(pdf)) {
            throw new IllegalArgumentException("not a PDF's name: " + pdf);
        }
        return docx(pdf.substring(0, pdf.length() - PDF.length()));
    }

    public static boolean isDocx(String name) {
        return name.endsWith(DOCX);
    }

    /**
     * Whether {@code name} is a file drawn from a document's Markdown and not committed (a PDF, a Word
     * file): its hash is, in {@link #INDEX} and {@link #CHECKSUMS}.
     */
    public static boolean isDrawn(String name) {
        return isPdf(name) || isDocx(name);
    }

    /**
     * The output name of the {@code number}th of {@code count} repeated documents: {@code lock-up-01}
     * (numbers of at least two digits, as many as the largest needs, so names sort in the list's order).
     */
    public static String repeated(String output, int number, int count) {
        int width = Math.max(2, String.valueOf(count).length());
        return output + "-" + String.format(Locale.ROOT, "%0" + width + "d", number);
    }

    /**
     * The set's own file (the binder, {@code index.md}) that a document named {@code output} would
     * write over, if any.
     */
    public static java.util.Optional<String> setFileOf(String output) {
        if (pdf(output).equals(BINDER)) {
            return java.util.Optional.of(BINDER);
        }
        return markdown(output).equals(INDEX) ? java.util.Optional.of(INDEX) : java.util.Optional.empty();
    }

    /** Whether {@code name} is one of the names {@link #repeated} gives the documents made from {@code output}. */
    public static boolean isRepeatedName(String name, String output) {
        return name.startsWith(output + "-") && name.substring(output.length() + 1).matches("[0-9]{2,}");
    }

    /** A deal's folder in an output root: {@code output/capstone-2007}. */
    public static Path dealFolder(Path root, String dealId) {
        return root.resolve(dealId);
    }

    /** How the scratch folder of a deal's build begins: {@code .capstone-2007.new-}. */
    public static String scratchPrefix(String dealId) {
        return "." + dealId + ".new-";
    }

    /** How the folder of a deal's previous set, moved aside during the swap, begins: {@code .capstone-2007.old-}. */
    public static String asidePrefix(String dealId) {
        return "." + dealId + ".old-";
    }

    /**
     * How a previous set that could not be removed after its replacement came in is renamed, so that it
     * is never taken for the set a killed build moved aside: {@code .capstone-2007.gone-}.
     */
    public static String leftoverPrefix(String dealId) {
        return "." + dealId + ".gone-";
    }

    /** A scratch, set-aside or left-over folder of a build: group 1 the deal id, group 2 {@code new}, {@code old} or {@code gone}. */
    public static final java.util.regex.Pattern SCRATCH = java.util.regex.Pattern.compile("\\.(.+)\\.(old|new|gone)-[0-9]+");

    /** The default redline folder of a deal: {@code redline/capstone-2007} in the project folder. */
    public static Path redlineFolder(Path home, String dealId) {
        return home.resolve("redline").resolve(dealId);
    }

    /** A changed document's redline, as Markdown: {@code 8-k.redline.md}. */
    public static String redlineMarkdown(String output) {
        return output + REDLINE_MARKDOWN;
    }

    /** A changed document's blackline PDF: {@code 8-k.redline.pdf}. */
    public static String redlinePdf(String output) {
        return output + REDLINE_PDF;
    }

    /** A changed document's redline as a Word document with tracked changes: {@code 8-k.redline.docx}. */
    public static String redlineDocx(String output) {
        return output + REDLINE_DOCX;
    }

    /** Whether a file of a redline folder is one a redline writes (and the next one may replace). */
    public static boolean isRedlineFile(String name) {
        return name.endsWith(REDLINE_MARKDOWN) || name.endsWith(REDLINE_PDF) || name.endsWith(REDLINE_DOCX) || name.equals(REDLINE_SUMMARY)
                || name.equals(REDLINE_BLACKLINE);
    }
}
