package com.closingset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.concurrent.TimeUnit;

/** A PDF's text as poppler's pdftotext reads it back, which puts each line's right-to-left text in reading order. */
public final class Pdftotext {
    private Pdftotext() {
    }

    /** Whether poppler-utils is installed (.ci/run installs it). */
    public static boolean installed() {
        try {
            Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** As {@link #readable(Path)}, for a PDF built in memory: written as {@code name} into {@code folder} first. */
    public static String readable(Path folder, String name, byte[] pdf) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, pdf);
        return readable(file);
    }

    /**
     * What a reader sees: Arabic's joined letter forms read as the letters (NFKC), poppler's
     * embedding marks around right-to-left text dropped, lines joined by spaces.
     */
    public static String readable(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("pdftotext " + pdf).isZero();
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\u202A-\u202E]", "").replace('\u00A0', ' ')
                .replaceAll("\\s+", " ");
    }
}
