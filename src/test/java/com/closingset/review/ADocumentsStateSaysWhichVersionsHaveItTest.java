package com.closingset.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A document only the new set has is inserted, one only the old set has is deleted, whatever their
 * redline says; one both have is changed or unchanged by its redline. The summary, the blackline's
 * cover and the preview page print the state as one lower-case word.
 */
class ADocumentsStateSaysWhichVersionsHaveItTest {
    @ParameterizedTest(name = "old set has it: {0}, new set has it: {1}, its redline marks a change: {2} -> {3}")
    @CsvSource({
            "false, true,  true,  INSERTED",
            "false, true,  false, INSERTED",
            "true,  false, true,  DELETED",
            "true,  false, false, DELETED",
            "true,  true,  true,  CHANGED",
            "true,  true,  false, UNCHANGED",
    })
    void whichVersionsHaveItAndItsRedlineDecide(boolean inOld, boolean inNew, boolean marked, DocumentState state) {
        assertThat(DocumentState.of(inOld, inNew, marked)).isEqualTo(state);
    }

    @Test
    void eachIsPrintedAsOneWord() {
        assertThat(DocumentState.values()).extracting(DocumentState::word)
                .containsExactly("unchanged", "changed", "inserted", "deleted");
    }
}
