package com.closingset.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A Word file read back as plain XML: its parts, and its body's text as Word shows it, with revisions accepted or rejected. */
public final class WordFile {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final Map<String, byte[]> parts;

    public WordFile(byte[] docx) throws IOException {
        parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
    }

    public List<String> partNames() {
        return List.copyOf(parts.keySet());
    }

    public String part(String name) {
        byte[] bytes = parts.get(name);
        if (bytes == null) {
            throw new AssertionError("no part " + name + " in " + parts.keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The body's text as Word shows it with every revision accepted: deletions gone, insertions kept. */
    public String accepted() throws Exception {
        return text(true);
    }

    /** The body's text with every revision rejected: insertions gone, deletions back. */
    public String rejected() throws Exception {
        return text(false);
    }

    /** The body's text, white space run together, list bullets (typed markers, not the Markdown's text) left out. */
    public String text() throws Exception {
        return text(true);
    }

    private String text(boolean accept) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc;
        try (InputStream in = new ByteArrayInputStream(parts.get("word/document.xml"))) {
            doc = f.newDocumentBuilder().parse(in);
        }
        List<String> paragraphs = new ArrayList<>();
        NodeList ps = doc.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < ps.getLength(); i++) {
            StringBuilder p = new StringBuilder();
            collect(ps.item(i), accept, p);
            paragraphs.add(p.toString());
        }
        return String.join(" ", paragraphs).replaceAll("[\u2022\u25E6\u25AA]", " ").replaceAll("[\\s\u00A0]+", " ").strip();
    }

    private static void collect(Node node, boolean accept, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "p" -> { } // a table's cell paragraph is read as its own paragraph
                case "ins" -> {
                    if (accept) {
                        collect(e, true, out);
                    }
                }
                case "del" -> {
                    if (!accept) {
                        collect(e, false, out);
                    }
                }
                case "t", "delText" -> out.append(e.getTextContent());
                case "tab", "br" -> out.append(' ');
                case "noBreakHyphen" -> out.append('-');
                case "pPr", "rPr" -> { }
                default -> collect(e, accept, out);
            }
        }
    }
}
