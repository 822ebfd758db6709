package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.closingset.layout.SetLayout;
import com.closingset.pipeline.BuildRecord;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Against the preview's previous build of a deal, a file is written again with other bytes, written
 * for the first time, or no longer written: the page marks the second kind {@code new}, lists the
 * third struck through, by the title the set before gave it, and the log counts all three. The
 * titles are the build's, from the set it assembled, so a new document is named at once.
 */
class TheFilesASaveWroteAreToldFromThoseItFirstWroteOrTookOutTest {
    private static final String DEAL = "capstone-2007";

    private static SortedMap<String, BuildRecord.Written> files(String... nameAndHash) {
        SortedMap<String, BuildRecord.Written> files = new TreeMap<>();
        for (int i = 0; i < nameAndHash.length; i += 2) {
            files.put(nameAndHash[i], new BuildRecord.Written(nameAndHash[i + 1], 1, "2007-01-18T00:00:00Z"));
        }
        return files;
    }

    @Test
    void eachFileIsChangedAddedOrRemoved() {
        PreviewBuild.Since since = PreviewBuild.Since.of(files("8-k.md", "a", "8-k.pdf", "b", "warrant-05.pdf", "c", "index.md", "d"),
                files("8-k.md", "a", "8-k.pdf", "B", "memo.pdf", "e", "index.md", "D"));

        assertThat(since.changed()).containsExactly("8-k.pdf", "index.md");
        assertThat(since.added()).containsExactly("memo.pdf");
        assertThat(since.removed()).containsExactly("warrant-05.pdf");
        assertThat(since.files()).isEqualTo(4);
    }

    @Test
    void theLogCountsTheNewAndTheRemovedAmongTheFilesChanged() {
        assertThat(Preview.outcome(List.of(built(new PreviewBuild.Since(List.of("index.md"), List.of("memo.md", "memo.pdf"),
                List.of("warrant-05.pdf")))), List.of(DEAL))).isEqualTo("4 files changed (2 new, 1 removed)");
        assertThat(Preview.outcome(List.of(built(new PreviewBuild.Since(List.of("index.md"), List.of(), List.of()))), List.of(DEAL)))
                .isEqualTo("1 file changed");
    }

    @Test
    void aDocumentWrittenForTheFirstTimeIsMarkedNewAndAWordFileAddedBesideAPdfChanged() {
        PreviewBuild.Since since = new PreviewBuild.Since(List.of(), List.of(SetLayout.pdf("memo"), SetLayout.docx("memo"),
                SetLayout.docx("8-k")), List.of());
        PreviewState.DealView view = Preview.view(built(since), Optional.of(reviewed()), PreviewState.Comparison.DONE);

        assertThat(view.documents()).extracting(PreviewState.DocumentView::title, PreviewState.DocumentView::mark)
                .containsExactly(tuple("Current Report on Form 8-K", "changed"),
                        tuple("Closing Memorandum", "new"));
        assertThat(view.removed()).isEmpty();
    }

    @Test
    void aDocumentTakenOutIsListedByItsTitleInTheOrderOfTheSetBefore() {
        PreviewBuild.Since since = new PreviewBuild.Since(List.of(), List.of(), List.of(SetLayout.docx("subscription-05"),
                SetLayout.pdf("subscription-05"), SetLayout.docx("warrant-05"), SetLayout.markdown("warrant-05"), SetLayout.pdf("warrant-05")));
        // The build's titles: the new set's, then those the set before gave what it took out, in that set's order.
        Map<String, String> titles = new LinkedHashMap<>(reviewed().titles());
        titles.put(SetLayout.pdf("warrant-05"), "Warrant No. W-5 (Pinecrest Strategic Investors, L.P.)");
        titles.put(SetLayout.pdf("subscription-05"), "Subscription Agreement of Pinecrest Strategic Investors, L.P.");

        PreviewState.DealView view = Preview.view(built(since, titles), Optional.of(reviewed()), PreviewState.Comparison.DONE);

        assertThat(view.removed()).containsExactly(
                new PreviewState.TakenOut("Warrant No. W-5 (Pinecrest Strategic Investors, L.P.)", SetLayout.pdf("warrant-05")),
                new PreviewState.TakenOut("Subscription Agreement of Pinecrest Strategic Investors, L.P.", SetLayout.pdf("subscription-05")));
        assertThat(view.documents()).extracting(PreviewState.DocumentView::file).doesNotContain(SetLayout.pdf("warrant-05"));
        assertThat(PreviewPage.render(new PreviewState(1, List.of(view), "", false), "test"))
                .contains("<tr class=\"changed\"><td><del>Warrant No. W-5 (Pinecrest Strategic Investors, L.P.)</del>"
                        + " <span class=\"mark\">taken out</span></td><td>warrant-05.pdf</td><td></td><td class=\"pages\"></td></tr>")
                .doesNotContain("href=\"/output/capstone-2007/warrant-05.pdf\"");
    }

    /** The build's titles are the set's as soon as it is built: the page need not wait for the review to name a new document. */
    @Test
    void aDocumentTheBuildAssembledIsTitledBeforeTheReviewReadsIt() {
        PreviewBuild.Since since = new PreviewBuild.Since(List.of(), List.of(SetLayout.pdf("memo"), SetLayout.docx("memo")), List.of());
        SetReview.Reviewed before = new SetReview.Reviewed(DEAL, "Capstone", Map.of(SetLayout.pdf("8-k"), "Current Report on Form 8-K"),
                PreviewState.RedlineView.none("no commit"), new TreeMap<>());

        PreviewState.DealView view = Preview.view(built(since, reviewed().titles()), Optional.of(before), PreviewState.Comparison.DONE);

        assertThat(view.documents()).extracting(PreviewState.DocumentView::title).containsExactly("Current Report on Form 8-K", "Closing Memorandum");
    }

    @Test
    void aDocumentTakenOutBeforeTheSetWasReadIsListedByItsFile() {
        PreviewBuild.Since since = new PreviewBuild.Since(List.of(), List.of(), List.of(SetLayout.pdf("warrant-05")));

        assertThat(Preview.view(built(since), Optional.empty(), PreviewState.Comparison.DONE).removed())
                .containsExactly(new PreviewState.TakenOut(SetLayout.pdf("warrant-05"), SetLayout.pdf("warrant-05")));
    }

    private static PreviewBuild.Built built(PreviewBuild.Since since) {
        return built(since, Map.of());
    }

    private static PreviewBuild.Built built(PreviewBuild.Since since, Map<String, String> titles) {
        TreeMap<String, Integer> pages = new TreeMap<>(Map.of(SetLayout.pdf("8-k"), 5, SetLayout.docx("8-k"), 0,
                SetLayout.pdf("memo"), 1, SetLayout.docx("memo"), 0, SetLayout.BINDER, 6));
        return new PreviewBuild.Built(DEAL, Path.of("output", DEAL), pages, since, titles, 2, 3, false, Optional.empty());
    }

    private static SetReview.Reviewed reviewed() {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put(SetLayout.pdf("8-k"), "Current Report on Form 8-K");
        titles.put(SetLayout.pdf("memo"), "Closing Memorandum");
        titles.put(SetLayout.BINDER, "Closing set (all documents bound)");
        return new SetReview.Reviewed(DEAL, "Capstone", titles, PreviewState.RedlineView.none("no commit"), new TreeMap<>());
    }
}
