package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sed -i} writes its result to a scratch file beside the template ({@code sedhIHcEP}) and
 * renames it over the template; vim makes and removes a {@code 4913} to probe the folder. A save
 * names the files it changed, not those: the log said "templates/registered-direct/sedhIHcEP changed".
 */
class AFileMadeAndRemovedWithinASaveIsNoChangeTest {
    private static final Duration QUIET = Duration.ofMillis(150);

    @TempDir
    Path home;

    @Test
    void aScratchFileRenamedOverATemplateLeavesOnlyTheTemplateChanged() throws Exception {
        assertThat(changedBy(form -> {
            Path scratch = form.resolveSibling("sedhIHcEP");
            Files.writeString(scratch, "Shares of common stock.\n");
            Files.move(scratch, form, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        })).containsExactly("templates/kit/8-k.md.ftl");
    }

    @Test
    void aProbeMadeAndRemovedAloneChangesNothing() throws Exception {
        assertThat(changedBy(form -> {
            Path probe = form.resolveSibling("4913");
            Files.writeString(probe, "");
            Files.delete(probe);
        })).isEmpty();
    }

    @Test
    void aTemplateRemovedIsAChange() throws Exception {
        assertThat(changedBy(Files::delete)).containsExactly("templates/kit/8-k.md.ftl");
    }

    private interface Save {
        void to(Path form) throws Exception;
    }

    /** What the watch hands out for {@code save} done to a template of a watched templates/ folder. */
    private SortedSet<String> changedBy(Save save) throws Exception {
        Path form = home.resolve("templates/kit/8-k.md.ftl");
        Files.createDirectories(form.getParent());
        Files.writeString(form, "Units of common stock.\n");
        try (SourceWatch watch = new SourceWatch(home, List.of("templates"))) {
            save.to(form);
            return watch.next(QUIET).orElseThrow();
        }
    }
}
