package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An editor writes files of its own beside the one it saves (vim's {@code .x.yaml.swp}, its
 * {@code 4913} probe and {@code x.yaml~} backup, emacs's {@code #x.yaml#}): none of them is a source,
 * so none starts a build that would find nothing changed and clear the page's marks.
 */
class AnEditorsScratchFilesRebuildNothingTest {

    @ParameterizedTest
    @ValueSource(strings = {"deal/capstone-2007.yaml", "deal", "templates", "templates/registered-direct/8-k.md.ftl",
        "templates/registered-direct/fonts/Firm-Regular.ttf", "templates/registered-direct"})
    void aDealFileOrAnythingOfTheTemplatesIsASource(String path) {
        assertThat(Preview.source(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"deal/.capstone-2007.yaml.swp", "deal/capstone-2007.yaml~", "deal/4913", "deal/#capstone-2007.yaml#",
        "templates/registered-direct/.8-k.md.ftl.swp", "templates/registered-direct/8-k.md.ftl~"})
    void anEditorsOwnFileIsNot(String path) {
        assertThat(Preview.source(path)).isFalse();
    }
}
