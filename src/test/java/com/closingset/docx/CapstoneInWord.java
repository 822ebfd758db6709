package com.closingset.docx;

import com.closingset.pipeline.BuiltSet;
import com.closingset.pipeline.Pipeline;
import com.closingset.pipeline.ProductVersion;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The Capstone set built once, in memory, for the tests that read its Word files. */
final class CapstoneInWord {
    private static BuiltSet built;

    private CapstoneInWord() {
    }

    static synchronized BuiltSet set() throws Exception {
        if (built == null) {
            built = new Pipeline(Path.of("templates"), Optional.empty(), ProductVersion.get())
                    .build(Path.of("deal/capstone-2007.yaml"), "deal/capstone-2007.yaml");
        }
        return built;
    }

    /** Each document's Markdown, by its output name. */
    static SortedMap<String, String> markdown() throws Exception {
        SortedMap<String, String> md = new TreeMap<>();
        set().files().forEach((name, bytes) -> {
            if (name.endsWith(".md") && !name.equals("index.md")) {
                md.put(name.substring(0, name.length() - 3), new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return md;
    }

    static byte[] docx(String output) throws Exception {
        return set().files().get(output + ".docx");
    }
}
