package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.layout.SetLayout;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The preview lists each document once, by its PDF and that PDF's pages, with its Word file linked
 * beside it: a Word file is not a document of its own, and has no pages to count. A save that
 * changed only a document's Word file marks the document changed. The binder has no Word file.
 */
class ThePreviewListsEachDocumentOnceWithItsWordFileTest {
    private static final String DEAL = "capstone-2007";

    /** A build as the record gives it: PDFs with their pages, Word files with none; only the warrant's Word file changed. */
    private static PreviewBuild.Built built() {
        TreeMap<String, Integer> pages = new TreeMap<>(Map.of(
                SetLayout.pdf("8-k"), 5, SetLayout.docx("8-k"), 0,
                SetLayout.pdf("ex-4.1-warrant"), 15, SetLayout.docx("ex-4.1-warrant"), 0,
                SetLayout.pdf("ex-99.1-press-release"), 2,
                SetLayout.BINDER, 24));
        return new PreviewBuild.Built(DEAL, Path.of("output", DEAL), pages,
                new PreviewBuild.Since(List.of(SetLayout.docx("ex-4.1-warrant")), List.of(), List.of()), Map.of(), 4, 4, false, Optional.empty());
    }

    private static SetReview.Reviewed reviewed() {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put(SetLayout.pdf("8-k"), "Current Report on Form 8-K");
        titles.put(SetLayout.pdf("ex-4.1-warrant"), "Exhibit 4.1: Form of Warrant");
        titles.put(SetLayout.pdf("ex-99.1-press-release"), "Exhibit 99.1: Press Release");
        titles.put(SetLayout.BINDER, "Closing set (all documents bound)");
        return new SetReview.Reviewed(DEAL, "Capstone", titles, PreviewState.RedlineView.none("no commit"), new TreeMap<>());
    }

    @Test
    void eachDocumentIsOneRowByItsPdfWithItsWordFileBeside() {
        PreviewState.DealView view = Preview.view(built(), Optional.of(reviewed()), PreviewState.Comparison.DONE);

        assertThat(view.documents()).extracting(PreviewState.DocumentView::title)
                .containsExactly("Current Report on Form 8-K", "Exhibit 4.1: Form of Warrant", "Exhibit 99.1: Press Release");
        assertThat(view.documents()).extracting(PreviewState.DocumentView::pages).containsExactly(5, 15, 2);
        assertThat(view.documents()).extracting(PreviewState.DocumentView::wordFile)
                .containsExactly(SetLayout.docx("8-k"), SetLayout.docx("ex-4.1-warrant"), "");
        assertThat(view.documents().get(0).wordHref()).isEqualTo("/output/capstone-2007/8-k.docx");
    }

    @Test
    void beforeTheSetIsReadTheWordFilesAreStillNoRowsOfTheirOwn() {
        PreviewState.DealView view = Preview.view(built(), Optional.empty(), PreviewState.Comparison.DONE);

        assertThat(view.documents()).extracting(PreviewState.DocumentView::file).allMatch(SetLayout::isPdf)
                .doesNotContain(SetLayout.BINDER).hasSize(3);
        assertThat(view.documents()).extracting(PreviewState.DocumentView::pages).doesNotContain(0);
    }

    @Test
    void aChangeToTheWordFileAloneMarksItsDocument() {
        PreviewState.DealView view = Preview.view(built(), Optional.of(reviewed()), PreviewState.Comparison.DONE);

        assertThat(view.documents()).extracting(PreviewState.DocumentView::mark).containsExactly("", "changed", "");
        assertThat(view.binder().mark()).isEmpty();
        assertThat(view.binder().wordFile()).isEmpty();
    }

    @Test
    void thePageLinksTheWordFileInItsDocumentsRow() {
        String page = PreviewPage.render(new PreviewState(1, List.of(Preview.view(built(), Optional.of(reviewed()), PreviewState.Comparison.DONE)), "", false), "test");

        assertThat(page).contains("<th>Word</th>")
                .contains("<a href=\"/output/capstone-2007/ex-4.1-warrant.docx\">ex-4.1-warrant.docx</a></td><td class=\"pages\">15</td>")
                .doesNotContain("<td class=\"pages\">0</td>");
    }
}
