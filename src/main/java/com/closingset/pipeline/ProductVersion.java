package com.closingset.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** ClosingSet's own version, as Maven stamped it; PDFs name it as their creator. */
public final class ProductVersion {
    private ProductVersion() {
    }

    public static String get() {
        try (InputStream in = ProductVersion.class.getResourceAsStream("/closingset-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
