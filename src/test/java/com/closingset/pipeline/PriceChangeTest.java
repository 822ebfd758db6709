package com.closingset.pipeline;

import com.closingset.layout.SetLayout;
import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import com.closingset.deal.DealLoader;
import com.closingset.figures.KitFigures.Allocation;
import com.closingset.figures.KitFigures;
import com.closingset.figures.Wording;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure that depends on the price per unit follows it into every document: with the price
 * raised from $1.14 to $1.19 in a copy of the deal, each place that printed an old figure prints the
 * new one, and no old figure is left anywhere.
 */
class PriceChangeTest {
    private static final Wording W = new Wording();

    @TempDir
    Path dir;

    @Test
    void raisingThePriceChangesEveryDependentAmountInEveryDocument() throws Exception {
        Path cheap = DealFixture.write(dir, "cheap.yaml", DealFixture.validText());
        Path dear = DealFixture.write(dir, "dear.yaml", DealFixture.edited("price_per_unit: 1.14", "price_per_unit: 1.19"));
        Pipeline builder = TestBuilds.builder();
        BuiltSet before = builder.build(cheap, "deal/cheap.yaml");
        BuiltSet after = builder.build(dear, "deal/dear.yaml");
        Map<String, String> changes = dependentFigures(DealFixture.loader().load(cheap), DealFixture.loader().load(dear));
        // By hand: 40,000,000 x $1.19 = $47,600,000 gross; fees 4.8% $2,284,800 and 1.2% $571,200;
        // net $47,600,000 - $2,856,000 - $350,000 = $44,394,000, published as $44.4 million.
        assertThat(changes).containsEntry("$1.14", "$1.19").containsEntry("$45,600,000", "$47,600,000")
                .containsEntry("$42.5 million", "$44.4 million").containsEntry("$68.0 million", "$69.9 million");

        int placesChanged = 0;
        for (String file : before.files().keySet()) {
            if (!file.endsWith(".md") || file.equals(SetLayout.INDEX)) {
                continue;
            }
            String old = new String(before.files().get(file), StandardCharsets.UTF_8);
            String now = new String(after.files().get(file), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> change : changes.entrySet()) {
                int printed = count(old, change.getKey());
                assertThat(count(now, change.getKey())).as("%s still prints the old %s", file, change.getKey()).isZero();
                assertThat(count(now, change.getValue())).as("%s prints %s where it printed %s", file, change.getValue(),
                        change.getKey()).isGreaterThanOrEqualTo(printed);
                placesChanged += printed;
            }
        }
        assertThat(placesChanged).as("the old set printed price-dependent figures").isGreaterThan(10);
    }

    /** Each figure that depends on the price, as documents print it: old wording to new wording. */
    private static Map<String, String> dependentFigures(Deal oldDeal, Deal newDeal) {
        KitFigures old = KitFigures.of(oldDeal);
        KitFigures now = KitFigures.of(newDeal);
        Map<String, String> m = new LinkedHashMap<>();
        m.put(W.money((java.math.BigDecimal) oldDeal.value("offering.price_per_unit")), W.money((java.math.BigDecimal) newDeal.value("offering.price_per_unit")));
        m.put(W.dollars(old.grossProceeds()), W.dollars(now.grossProceeds()));
        m.put(W.dollars(old.placementFee()), W.dollars(now.placementFee()));
        m.put(W.dollars(old.advisoryFee()), W.dollars(now.advisoryFee()));
        m.put(W.dollars(old.netProceeds()), W.dollars(now.netProceeds()));
        m.put(W.millions(old.netProceedsApprox()), W.millions(now.netProceedsApprox()));
        m.put(W.millions(old.proFormaCash()), W.millions(now.proFormaCash()));
        for (int i = 0; i < old.allocations().size(); i++) {
            Allocation a = old.allocations().get(i);
            m.put(W.dollars(a.purchasePrice()), W.dollars(now.allocations().get(i).purchasePrice()));
        }
        return m;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }
}
