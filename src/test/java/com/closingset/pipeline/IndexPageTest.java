package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import com.closingset.deal.DealLoader;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import com.closingset.assemble.Item;
import com.closingset.assemble.KitTemplates;
import org.junit.jupiter.api.Test;

/** index.md lists the set's own documents first, then each investor's documents under the investor's name. */
class IndexPageTest {
    private static final IndexPage.Row BINDER = new IndexPage.Row("", "The whole set in one PDF", "closing-set", 60, "ff",
            Optional.empty());

    @Test
    void perInvestorDocumentsAreGroupedUnderTheirInvestorInTheDealsOrder() throws Exception {
        Deal deal = DealFixture.loader().load(DealFixture.VALID);
        var first = Optional.of(item(deal, 1));
        var second = Optional.of(item(deal, 2));
        List<IndexPage.Row> rows = List.of(
                new IndexPage.Row("", "Current Report on Form 8-K", "8-k", 5, "aa", Optional.empty()),
                new IndexPage.Row("4.1", "Form of Warrant", "ex-4.1-warrant", 9, "bb", Optional.empty()),
                new IndexPage.Row("", "Warrant No. W-1", "warrant-01", 9, "cc", first),
                new IndexPage.Row("", "Subscription Agreement", "subscription-01", 6, "dd", first),
                new IndexPage.Row("", "Warrant No. W-2", "warrant-02", 9, "ee", second));

        String index = IndexPage.render(KitTemplates.of(deal.kit(), 1), deal, rows, BINDER, "test");

        assertThat(index).containsSubsequence(
                "| 4.1 | Form of Warrant | [ex-4.1-warrant.md](ex-4.1-warrant.md)",
                "## For each investor",
                "### 1. Harborview Opportunity Fund, L.P.",
                "| Warrant No. W-1 | [warrant-01.md](warrant-01.md) | [warrant-01.pdf](warrant-01.pdf) | 9 | `cc` |",
                "| Subscription Agreement | [subscription-01.md](subscription-01.md)",
                "### 2. Redwood Crest Capital Partners LLC",
                "| Warrant No. W-2 | [warrant-02.md](warrant-02.md)");
        assertThat(index.substring(0, index.indexOf("## For each investor"))).doesNotContain("warrant-01")
                .contains("**The whole set in one PDF: cover, contents, every document, bookmarks**: [closing-set.pdf](closing-set.pdf),"
                        + " 60 pages, SHA-256 `ff`.");
    }

    @Test
    void aSetWithoutPerInvestorDocumentsHasNoInvestorSection() throws Exception {
        Deal deal = DealFixture.loader().load(DealFixture.VALID);
        String index = IndexPage.render(KitTemplates.of(deal.kit(), 1), deal, List.of(new IndexPage.Row("", "Current Report on Form 8-K", "8-k", 5, "aa",
                Optional.empty())), BINDER, "test");
        assertThat(index).doesNotContain("For each investor");
    }

    @SuppressWarnings("unchecked")
    private static Item item(Deal deal, int number) {
        return new Item("investors", number, ((List<Map<String, Object>>) deal.value("investors")).get(number - 1));
    }
}
