package com.closingset.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A document only the new set has is inserted, one only the old set has is deleted, whatever their
 * redline says; one both have is changed or unchanged by its redline. The summary, the blackline's
 * cover and the preview page print the state as one lower-case word.
 */
class ADocumentsStateSaysWhichVersionsHaveItTest {
    @Test
    void onlyTheNewSetHasIt() {
        assertThat(DocumentState.of(false, true, true)).isEqualTo(DocumentState.INSERTED);
        assertThat(DocumentState.of(false, true, false)).isEqualTo(DocumentState.INSERTED);
    }

    @Test
    void onlyTheOldSetHasIt() {
        assertThat(DocumentState.of(true, false, true)).isEqualTo(DocumentState.DELETED);
        assertThat(DocumentState.of(true, false, false)).isEqualTo(DocumentState.DELETED);
    }

    @Test
    void bothHaveItAndItsRedlineDecides() {
        assertThat(DocumentState.of(true, true, true)).isEqualTo(DocumentState.CHANGED);
        assertThat(DocumentState.of(true, true, false)).isEqualTo(DocumentState.UNCHANGED);
    }

    @Test
    void eachIsPrintedAsOneWord() {
        assertThat(DocumentState.values()).extracting(DocumentState::word)
                .containsExactly("unchanged", "changed", "inserted", "deleted");
    }
}
