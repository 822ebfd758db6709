package com.closingset.build;

import com.closingset.assemble.AssembledDocument;
import com.closingset.assemble.AssemblyException;
import com.closingset.assemble.DocumentAssembler;
import com.closingset.assemble.Manifest;
import com.closingset.assemble.TemplateEngine;
import com.closingset.deal.Deal;
import com.closingset.deal.DealException;
import com.closingset.deal.DealLoader;
import com.closingset.figures.Allocation;
import com.closingset.figures.Figures;
import com.closingset.pdf.PdfMetadata;
import com.closingset.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds closing sets in memory: deal file to Markdown and PDF for every document of the manifest,
 * plus {@code index.md} and {@code SHA256SUMS}. Templates, fonts and styles are set up once and
 * reused for every deal.
 */
public final class ClosingSetBuilder {
    public static final String INDEX = "index.md";
    public static final String CHECKSUMS = "SHA256SUMS";

    private final DocumentAssembler assembler;
    private final PdfRenderer pdf = new PdfRenderer();
    private final Optional<Instant> sourceDate;
    private final String version;

    /**
     * @param sourceDate the date PDFs carry (from {@code SOURCE_DATE_EPOCH}); when empty, the deal's
     *                   date of report, so that output never depends on the day it is built
     */
    public ClosingSetBuilder(Path templatesDir, Optional<Instant> sourceDate, String version)
            throws DealException, IOException {
        this.assembler = new DocumentAssembler(Manifest.load(templatesDir), new TemplateEngine(templatesDir));
        this.sourceDate = sourceDate;
        this.version = version;
    }

    public BuiltSet build(Path dealFile, String shownName) throws DealException, AssemblyException, IOException {
        Deal deal = new DealLoader().load(dealFile, shownName);
        List<AssembledDocument> documents = assembler.assemble(deal, Figures.of(deal));
        Instant date = sourceDate.orElse(deal.dates().report().atStartOfDay(ZoneOffset.UTC).toInstant());

        SortedMap<String, byte[]> files = new TreeMap<>();
        List<IndexPage.Row> rows = new ArrayList<>();
        int pages = 0;
        for (AssembledDocument d : documents) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int count = pdf.render(d.markdown(), new PdfMetadata(d.displayTitle(), deal.name(), deal.issuer().name(),
                    deal.id(), "ClosingSet " + version, date), out);
            byte[] pdfBytes = out.toByteArray();
            files.put(d.output() + ".md", d.markdown().getBytes(StandardCharsets.UTF_8));
            files.put(d.output() + ".pdf", pdfBytes);
            rows.add(new IndexPage.Row(d.entry().exhibit().orElse(""), d.title(), d.output(), count, sha256(pdfBytes),
                    d.allocation().map(Allocation::investor)));
            pages += count;
        }
        files.put(INDEX, IndexPage.render(deal, rows, version).getBytes(StandardCharsets.UTF_8));
        files.put(CHECKSUMS, checksums(files));
        return new BuiltSet(deal.id(), files, documents.size(), pages);
    }

    private static byte[] checksums(SortedMap<String, byte[]> files) {
        StringBuilder s = new StringBuilder();
        files.forEach((name, bytes) -> s.append(sha256(bytes)).append("  ").append(name).append('\n'));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
