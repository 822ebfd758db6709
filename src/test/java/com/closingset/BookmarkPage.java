package com.closingset;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** The page a bookmark opens, as a reader finds it: by a named destination or a page, on the item or in its action. */
public final class BookmarkPage {
    private BookmarkPage() {
    }

    /** The 1-based page {@code item} of {@code doc} goes to. */
    public static int of(PDDocument doc, PDOutlineItem item) throws IOException {
        PDDestination to = item.getDestination() != null ? item.getDestination()
                : ((PDActionGoTo) item.getAction()).getDestination();
        PDPageDestination target = to instanceof PDNamedDestination named
                ? doc.getDocumentCatalog().findNamedDestinationPage(named) : (PDPageDestination) to;
        return target.retrievePageNumber() + 1;
    }
}
