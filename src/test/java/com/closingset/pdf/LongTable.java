package com.closingset.pdf;

import java.io.OutputStream;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A binder's index of many documents, as a table of that many rows, some of them running to two or
 * three lines; run as a program it lays one out in the heap it is given and prints its pages.
 */
final class LongTable {
    static final String HEADER = "| Tab | Exhibit | Document | Page |\n|---|---|---|---|\n";

    private LongTable() {
    }

    static String markdown(int rows) {
        return "# Index\n\n" + HEADER + IntStream.rangeClosed(1, rows).mapToObj(LongTable::row).collect(Collectors.joining());
    }

    static String row(int n) {
        String name = n % 7 == 0 ? "Holdings and Trust Company of the Greater Metropolitan Region " + n
                : n % 13 == 0 ? "Investor " + n + " " + "Family Partnership Limited ".repeat(4) : "Investor " + n + " LLC";
        return "| " + n + " | 4." + n + " | [Form of Document of " + name + "](#document-" + (n + 2) + ") | " + (10 * n + 3) + " |\n";
    }

    public static void main(String[] args) throws Exception {
        int pages = new PdfRenderer().render(markdown(Integer.parseInt(args[0])), RenderedPdf.METADATA, OutputStream.nullOutputStream());
        System.out.println(pages);
    }
}
