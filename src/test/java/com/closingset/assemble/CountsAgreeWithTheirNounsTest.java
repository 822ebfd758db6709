package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every count of days and years the deal gives, set to 1 and then to 2, reads in every document in
 * agreement with its noun: "one Trading Day", "1 day’s notice", "2 days", never "one Trading Days".
 */
class CountsAgreeWithTheirNounsTest {
    /** A deal field counting days or years: {@code   days: 90}, {@code   delivery_trading_days: 3}. */
    private static final Pattern COUNT_FIELD = Pattern.compile("(?m)^(\\s+[a-z_]*(?:days|years)): [0-9]+");
    private static final Pattern ONE = Pattern.compile("(?i)\\b(?:1|one)(?: \\(1\\))? (?:(?:trading|business|calendar) )?(?:days|years)\\b");
    private static final Pattern TWO = Pattern.compile("(?i)\\b(?:2|two)(?: \\(2\\))? (?:(?:trading|business|calendar) )?(?:day|year)(?![s’'-])\\b");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void everyCountAgrees(int n) throws Exception {
        String text = COUNT_FIELD.matcher(DealFixture.validText()).replaceAll("$1: " + n);
        Deal deal = DealFixture.loader().load(DealFixture.write(dir, "counts.yaml", text), "deal/counts.yaml");
        List<String> wrong = new ArrayList<>();
        for (AssembledDocument d : KitTemplates.of(deal.kit(), 1).assemble(deal)) {
            Matcher m = (n == 1 ? ONE : TWO).matcher(d.markdown());
            while (m.find()) {
                wrong.add(d.output() + ": " + m.group());
            }
        }
        assertThat(wrong).isEmpty();
    }
}
