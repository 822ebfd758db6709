package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import com.closingset.deal.DealLoader;
import com.closingset.figures.KitFigures.Allocation;
import com.closingset.figures.KitFigures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A second deal, with facts of its own, builds a closing set that carries no trace of the first:
 * every name, address and number of Northwind Hydrogen's offering (deal/northwind-2031.yaml) comes
 * from its own deal file, and its figures are what a lawyer computes by hand.
 */
class SecondDealTest {
    private static final Path NORTHWIND = Path.of("deal/northwind-2031.yaml");

    /**
     * Facts of the Capstone deal (the filing and its fictional investors): names, people, places,
     * addresses and phone numbers, registration and file numbers, amounts, rates, counts and dates.
     * Each is matched as a whole word or number, case-insensitively.
     */
    private static final List<String> CAPSTONE_FACTS = List.of(
            // the parties and people
            "Capstone", "Turbine", "MicroTurbine", "microturbine.com", "CPST", "Nasdaq", "CapGen",
            "Edwards", "Albany", "Lowenstein", "Waller", "Lansden", "Dortch", "wallerlaw.com", "Deloitte",
            "McBride", "Jamison", "Barsoomian",
            "Harborview", "Redwood Crest", "Meridian Square", "Lakeshore", "Pinecrest",
            "Lindqvist", "Osei", "Priya Raman", "Whitcombe", "Marchetti",
            // places and addresses
            "Chatsworth", "Nordhoff", "21211", "91311", "One North Jefferson", "Saint Louis", "63116",
            "Nashville", "Union Street", "37219-8966", "Birmingham", "South Grand Avenue",
            "Delaware", "California", "Calif.", "Tennessee", "Missouri", "Alabama", "Los Angeles",
            // telephone numbers
            "(818) 734-5300", "818-407-3628", "(314) 955-3000", "(615) 244-6380", "(615) 244-6804",
            // registration, file and employer numbers
            "333-128164", "001-15957", "95-4180883",
            // prices, rates, counts and amounts
            "1.14", "1.30", "0.001", "4.8%", "1.2%", "40,000,000", "20,000,000", "45,600,000",
            "2,188,800", "547,200", "2,736,000", "350,000", "42,514,000", "42.5 million", "5.7 million",
            "2.9 million", "25.5 million", "39.4 million", "68.0 million", "8.1 million", "6.8 million",
            // dates
            "January 18, 2007", "January 19, 2007", "January 24, 2007", "January 23, 2012",
            "September 14, 2005", "February 9, 2007", "2005", "2006", "2007", "2012");

    private static Deal deal;
    private static KitFigures figures;
    private static Map<String, String> markdown;

    @BeforeAll
    static void buildTheNorthwindDeal() throws Exception {
        deal = DealFixture.loader().load(NORTHWIND);
        figures = KitFigures.of(deal);
        BuiltSet set = new Pipeline(Path.of("templates"), Optional.empty(), ProductVersion.get())
                .build(NORTHWIND, "deal/northwind-2031.yaml");
        markdown = new TreeMap<>();
        set.files().forEach((name, bytes) -> {
            if (name.endsWith(".md")) {
                markdown.put(name, new String(bytes, StandardCharsets.UTF_8));
            }
        });
    }

    @Test
    void noCapstoneFactAppearsInAnyNorthwindDocument() {
        assertThat(markdown).containsKeys("8-k.md", "ex-99.1-press-release-offering.md");
        List<String> found = new ArrayList<>();
        markdown.forEach((file, text) -> {
            for (String fact : CAPSTONE_FACTS) {
                Matcher m = wholeWord(fact).matcher(text);
                while (m.find()) {
                    found.add(file + ":" + lineOf(text, m.start()) + ": " + fact);
                }
            }
        });
        assertThat(found).as("Capstone facts in the Northwind closing set").isEmpty();
    }

    @Test
    void grossProceedsAreTheSharesTimesThePricePerUnit() {
        // 12,500,000 shares x $2.35 = $29,375,000.00
        assertThat(figures.grossProceeds()).isEqualByComparingTo("29375000.00");
    }

    @Test
    void theFeesAreTheirRatesOfTheGrossProceedsToTheCent() {
        // placement fee: 6.5% of $29,375,000 = $1,909,375.00
        assertThat(figures.placementFee()).isEqualByComparingTo("1909375.00");
        // advisory fee: 0.75% of $29,375,000 = $220,312.50
        assertThat(figures.advisoryFee()).isEqualByComparingTo("220312.50");
        // together: $1,909,375.00 + $220,312.50 = $2,129,687.50
        assertThat(figures.totalFees()).isEqualByComparingTo("2129687.50");
    }

    @Test
    void netProceedsAreGrossLessFeesAndExpensesPublishedToTheNearestHundredThousand() {
        // $29,375,000.00 - $2,129,687.50 - $412,500.00 = $26,832,812.50
        assertThat(figures.netProceeds()).isEqualByComparingTo("26832812.50");
        // 268.3281250 hundred-thousands, half-up to 268: $26,800,000, "approximately $26.8 million"
        assertThat(figures.netProceedsApprox()).isEqualByComparingTo("26800000");
        assertThat(text("ex-99.1-press-release-offering.md")).contains("approximately $26.8 million");
    }

    @Test
    void warrantSharesAreThirtyFivePercentOfTheSharesRoundedHalfUp() {
        // 35% of 12,500,000 = 4,375,000 exactly
        assertThat(figures.warrantShares()).isEqualTo(4_375_000L);
    }

    @Test
    void eachInvestorGetsThirtyFivePercentInWarrantSharesAndPaysThePricePerUnitForItsShares() {
        // warrant shares, 35% half-up           purchase price, shares x $2.35
        // 5,000,000 -> 1,750,000                 $11,750,000.00
        // 4,250,000 -> 1,487,500                  $9,987,500.00
        // 2,000,000 ->   700,000                  $4,700,000.00
        // 1,250,000 ->   437,500                  $2,937,500.00
        // total       4,375,000                  $29,375,000.00 (the offering's warrant shares and gross proceeds)
        List<Allocation> a = figures.allocations();
        assertThat(a).extracting(x -> x.investor().shares()).containsExactly(5_000_000L, 4_250_000L, 2_000_000L, 1_250_000L);
        assertThat(a).extracting(Allocation::warrantShares).containsExactly(1_750_000L, 1_487_500L, 700_000L, 437_500L);
        assertThat(a).extracting(Allocation::warrantNumber).containsExactly("NW-1", "NW-2", "NW-3", "NW-4");
        assertThat(a.get(0).purchasePrice()).isEqualByComparingTo("11750000.00");
        assertThat(a.get(1).purchasePrice()).isEqualByComparingTo("9987500.00");
        assertThat(a.get(2).purchasePrice()).isEqualByComparingTo("4700000.00");
        assertThat(a.get(3).purchasePrice()).isEqualByComparingTo("2937500.00");
    }

    @Test
    void theWarrantsExpireTheDayBeforeTheFourthAnniversaryOfTheClosing() {
        // closing March 14, 2031 + 4 years = March 14, 2035; less one day = March 13, 2035
        assertThat(deal.value("dates.closing")).isEqualTo(LocalDate.of(2031, 3, 14));
        assertThat(figures.warrantExpiration()).isEqualTo(LocalDate.of(2035, 3, 13));
    }

    @Test
    void theEightKPrintsTheNorthwindTerms() {
        assertThat(text("8-k.md")).contains(
                "Northwind Hydrogen Systems, Inc.", "Nevada", "12,500,000 shares", "par value $0.0001 per share",
                "warrants to purchase 4,375,000 shares", "exercise price of $2.95 per share", "a price of $2.35 per unit",
                "The four-year Warrants", "placement fees equal to 6.5%", "advisory fee equal to 0.75%",
                "Registration No. 333-271846", "March 11, 2031");
    }

    @Test
    void thePressReleasePrintsTheNorthwindTerms() {
        assertThat(text("ex-99.1-press-release-offering.md")).contains(
                "NYSE American: NWHS", "offering price of $2.35 per unit", "issue 12,500,000 shares",
                "warrants to purchase 4,375,000 shares", "exercise price of $2.95 per share", "The four-year warrants",
                "on or about March 14, 2031", "Harbor Point Securities LLC");
    }

    private static String text(String file) {
        assertThat(markdown).containsKey(file);
        return markdown.get(file);
    }

    /** The fact as a whole word or number: "2007" does not match in "12007", nor "1.14" in "1.145". */
    private static Pattern wholeWord(String fact) {
        return Pattern.compile("(?<![\\p{Alnum}.,])" + Pattern.quote(fact) + "(?![\\p{Alnum}]|[.,]\\d)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
