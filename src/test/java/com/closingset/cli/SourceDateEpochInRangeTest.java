package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.closingset.deal.InputException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SOURCE_DATE_EPOCH dates every PDF a build writes: a value before 1970 or after 2199 (the range of
 * a deal's own dates) would stamp PDFs in the year 1200 or 5138, and is refused with one line.
 */
class SourceDateEpochInRangeTest {
    @Test
    void aMomentFrom1970To2199DatesThePdfs() throws Exception {
        assertThat(BuildCommand.sourceDateEpoch("1168992000")).contains(Instant.parse("2007-01-17T00:00:00Z"));
        assertThat(BuildCommand.sourceDateEpoch("0")).contains(Instant.EPOCH);
        assertThat(BuildCommand.sourceDateEpoch("7258118399")).contains(Instant.parse("2199-12-31T23:59:59Z"));
        assertThat(BuildCommand.sourceDateEpoch("")).isEqualTo(Optional.empty());
    }

    @Test
    void aMomentBefore1970IsRefused() {
        assertThatThrownBy(() -> BuildCommand.sourceDateEpoch("-99999999999"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("SOURCE_DATE_EPOCH")
                .hasMessageContaining("expected whole seconds since 1970-01-01 naming a moment from 1970 to 2199,"
                        + " got \"-99999999999\" (the year -1199); PDFs would be dated so");
    }

    @Test
    void aMomentAfter2199IsRefused() {
        assertThatThrownBy(() -> BuildCommand.sourceDateEpoch("7258118400"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("got \"7258118400\" (the year 2200)");
    }

    @Test
    void aValueThatIsNoNumberIsRefused() {
        assertThatThrownBy(() -> BuildCommand.sourceDateEpoch("yesterday"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("expected whole seconds since 1970-01-01, got \"yesterday\"");
    }
}
