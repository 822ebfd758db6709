package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.closingset.assemble.AssemblyException;
import com.closingset.deal.DealFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A control character typed into a template reaches the document's Markdown, and no Word file can
 * hold it: the build stops in one line at the document's line, naming the character.
 */
class ACharacterNoWordFileCanHoldStopsTheBuildTest {
    @TempDir
    Path dir;

    @Test
    void aControlCharacterInATemplateStopsTheBuildAtTheDocumentsLine() throws Exception {
        Path templates = DealFixture.copyTemplates(dir.resolve("templates"));
        Path release = templates.resolve("registered-direct/ex-99.1-press-release-offering.md.ftl");
        Files.writeString(release, Files.readString(release) + "\nThe bell\u0007 rings.\n");
        // Word files only: the PDF would stop first, at the glyph it lacks.
        Pipeline pipeline = new Pipeline(templates, Optional.empty(), ProductVersion.get(), 1, List.of(new DocumentDocx()));

        assertThatThrownBy(() -> pipeline.build(TestBuilds.CAPSTONE, "deal/capstone-2007.yaml"))
                .isInstanceOf(AssemblyException.class)
                .hasMessageMatching("ex-99\\.1-press-release-offering\\.md:\\d+: a Word document cannot hold U\\+0007 <control-0007>"
                        + " \\(a control character\\) in \"The bell\u0007 rings\\.\"");
    }
}
