package com.closingset.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;

import java.nio.charset.StandardCharsets;

/**
 * The XMP metadata a PDF/A file must carry, copied from the finished Info dictionary so the two
 * always agree, as PDF/A-1 requires. Written here rather than by OpenPDF's XmpWriter, which
 * orders properties by hash-table iteration and files the Subject under dc:subject (keywords)
 * as well; this packet has one fixed layout, no clock and no generated IDs.
 */
final class XmpPacket {
    private XmpPacket() {
    }

    static byte[] of(PdfDictionary info) {
        StringBuilder xmp = new StringBuilder()
                .append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        description(xmp, "dc", "http://purl.org/dc/elements/1.1/",
                "<dc:format>application/pdf</dc:format>"
                        + wrapped("dc:title", "<rdf:Alt><rdf:li xml:lang=\"x-default\">", text(info, PdfName.TITLE), "</rdf:li></rdf:Alt>")
                        + wrapped("dc:creator", "<rdf:Seq><rdf:li>", text(info, PdfName.AUTHOR), "</rdf:li></rdf:Seq>")
                        + wrapped("dc:description", "<rdf:Alt><rdf:li xml:lang=\"x-default\">", text(info, PdfName.SUBJECT), "</rdf:li></rdf:Alt>"));
        description(xmp, "pdf", "http://ns.adobe.com/pdf/1.3/",
                wrapped("pdf:Keywords", "", text(info, PdfName.KEYWORDS), "")
                        + wrapped("pdf:Producer", "", text(info, PdfName.PRODUCER), ""));
        description(xmp, "xmp", "http://ns.adobe.com/xap/1.0/",
                wrapped("xmp:CreatorTool", "", text(info, PdfName.CREATOR), "")
                        + wrapped("xmp:CreateDate", "", date(info, PdfName.CREATIONDATE), "")
                        + wrapped("xmp:ModifyDate", "", date(info, PdfName.MODDATE), ""));
        description(xmp, "pdfaid", "http://www.aiim.org/pdfa/ns/id/",
                "<pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>");
        xmp.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return xmp.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void description(StringBuilder xmp, String prefix, String namespace, String properties) {
        if (!properties.isEmpty()) {
            xmp.append("<rdf:Description rdf:about=\"\" xmlns:").append(prefix).append("=\"").append(namespace).append("\">")
                    .append(properties).append("</rdf:Description>\n");
        }
    }

    /** The property, or nothing when the Info dictionary has no such entry. */
    private static String wrapped(String property, String open, String value, String close) {
        return value == null ? "" : "<" + property + ">" + open + escaped(value) + close + "</" + property + ">";
    }

    private static String text(PdfDictionary info, PdfName key) {
        PdfObject value = info.get(key);
        return value instanceof PdfString s ? s.toUnicodeString() : null;
    }

    private static String date(PdfDictionary info, PdfName key) {
        PdfObject value = info.get(key);
        return value instanceof PdfString s ? PdfDate.getW3CDate(s.toString()) : null;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
