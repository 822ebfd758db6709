package com.closingset.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Regulation CF offering can have many thousand investors: the sample deal of 10,000 (2.2 MB, which
 * the old limit of 1 MB refused) is read and checked whole, its shares adding up to the offering's.
 */
class ADealOfTenThousandInvestorsLoadsTest {
    @TempDir
    Path dir;

    @Test
    void loadsAndValidatesEveryInvestor() throws Exception {
        Path file = dir.resolve("sample-10000.yaml");
        Files.writeString(file, SampleDeal.yaml(DealFixture.kit(), 10_000, SampleDeal.DEFAULT_SEED), StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isGreaterThan(2_000_000);

        Deal deal = DealFixture.load(file);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> investors = (List<Map<String, Object>>) deal.value("investors");
        assertThat(investors).hasSize(10_000);
        assertThat(investors.stream().mapToLong(i -> (Long) i.get("shares")).sum()).isEqualTo(deal.value("offering.shares"));
    }
}
