package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.layout.SetLayout;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF the page links that is no longer on disk (its folder deleted, or {@code git clean -X} run,
 * since PDFs are not committed) is said to be gone since serve built it, and how it comes back;
 * before, its link said "no such file in the preview", of a file the page lists. A file the page
 * does not link is still no such file, as is the deal's folder.
 */
class AFileThePageLinksThatIsGoneFromDiskSaysSoTest {
    private static final String DEAL = "capstone-2007";

    @TempDir
    Path output;

    @Test
    void aLinkedFileGoneFromDiskIsSaidToBeGone() throws Exception {
        assertThat(get("8-k.pdf")).isEqualTo("output/capstone-2007/8-k.pdf: no longer on disk: removed since serve built it;"
                + " the next save that builds writes it again, as does closingset build\n");
        assertThat(get("8-k.docx")).startsWith("output/capstone-2007/8-k.docx: no longer on disk");
        assertThat(get(SetLayout.BINDER)).startsWith("output/capstone-2007/closing-set.pdf: no longer on disk");
    }

    @Test
    void aFileThePageDoesNotLinkIsNoSuchFile() throws Exception {
        assertThat(get("ex-4.1-warrant.pdf")).isEqualTo("no such file in the preview\n");
        assertThat(get("8-k.md")).isEqualTo("no such file in the preview\n");
    }

    @Test
    void theDealsFolderIsNoFileThePageLinks() throws Exception {
        // The binder has no Word file; before, its empty name matched the folder's, said to be gone.
        assertThat(get("")).isEqualTo("no such file in the preview\n");
    }

    private String get(String file) throws IOException, InterruptedException {
        PreviewStates states = new PreviewStates();
        states.update(s -> new PreviewState(1, List.of(new PreviewState.DealView(DEAL, "Capstone",
                List.of(new PreviewState.DocumentView("Current Report on Form 8-K", "8-k.pdf", "/output/capstone-2007/8-k.pdf",
                        "8-k.docx", "/output/capstone-2007/8-k.docx", 5, "")),
                new PreviewState.DocumentView("Closing set", SetLayout.BINDER, "/output/capstone-2007/closing-set.pdf", 6, ""),
                List.of(), PreviewState.RedlineView.none("no commit"))), "", false));
        try (PreviewServer server = new PreviewServer(0, states, output, "output", p -> Optional.empty())) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.address().getPort() + "/output/" + DEAL + "/" + file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(404);
            return response.body();
        }
    }
}
