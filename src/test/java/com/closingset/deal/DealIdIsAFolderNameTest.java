package com.closingset.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A deal's id names its folder in output/, so it is one plain folder name: never a path, never hidden. */
class DealIdIsAFolderNameTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "/tmp/x", "a/../../b", "..", ".", ".hidden", "evil\\\\x", "capstone-2007/../x",
            "Capstone-2007", "-leading-dash", "~"})
    void anIdThatIsNotAPlainNameIsRefused(String id) {
        String deal = DealFixture.edited("  id: capstone-2007\n", "  id: \"" + id + "\"\n");
        assertThat(DealFixture.errorFor(dir, deal))
                .startsWith("deal/x.yaml:10:")
                .contains("deal.id: expected an id of lower-case letters, digits and dashes like capstone-2007");
    }
}
