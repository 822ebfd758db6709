package com.closingset.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Numbers and dates are written as the filing writes them. */
class WordingTest {
    private final Wording w = new Wording();

    @Test
    void pricesKeepCentsAndAnyFinerPlaces() {
        assertThat(w.money(new BigDecimal("1.14"))).isEqualTo("$1.14");
        assertThat(w.money(new BigDecimal("1.3"))).isEqualTo("$1.30");
        assertThat(w.money(new BigDecimal("0.001"))).isEqualTo("$0.001");
        assertThat(w.money(new BigDecimal("1250"))).isEqualTo("$1,250.00");
    }

    @Test
    void aggregateAmountsDropZeroCents() {
        assertThat(w.dollars(new BigDecimal("45600000.00"))).isEqualTo("$45,600,000");
        assertThat(w.dollars(new BigDecimal("2188800.5"))).isEqualTo("$2,188,800.50");
    }

    @Test
    void millionsToOneDecimal() {
        assertThat(w.millions(new BigDecimal("42500000"))).isEqualTo("$42.5 million");
        assertThat(w.millions(new BigDecimal("68000000"))).isEqualTo("$68.0 million");
        assertThat(w.millions(new BigDecimal("5700000"))).isEqualTo("$5.7 million");
    }

    @Test
    void countsInFiguresAndWords() {
        assertThat(w.number(40_000_000L)).isEqualTo("40,000,000");
        assertThat(w.words(5)).isEqualTo("five");
        assertThat(w.wordsAndNumerals(40_000_000L)).isEqualTo("Forty Million (40,000,000)");
        assertThat(w.wordsAndNumerals(20_500_042L)).isEqualTo("Twenty Million Five Hundred Thousand Forty-Two (20,500,042)");
    }

    @Test
    void ordinals() {
        assertThat(w.ordinalWord(3)).isEqualTo("third");
        assertThat(w.ordinal(18)).isEqualTo("18th");
        assertThat(w.ordinal(22)).isEqualTo("22nd");
    }

    @Test
    void aSentenceEndingOnANameThatEndsWithAPeriodTakesNoSecondOne() {
        assertThat(w.endOfSentence("A.G. Edwards & Sons, Inc.")).isEqualTo("A.G. Edwards & Sons, Inc.");
        assertThat(w.endOfSentence("Roth Capital Partners, LLC")).isEqualTo("Roth Capital Partners, LLC.");
    }

    @Test
    void percentagesUseOnlyThePlacesTheyNeed() {
        assertThat(w.percent(new BigDecimal("0.048"))).isEqualTo("4.8%");
        assertThat(w.percent(new BigDecimal("0.97"))).isEqualTo("97%");
        assertThat(w.percent(new BigDecimal("0.5"))).isEqualTo("50%");
    }

    @Test
    void dates() {
        LocalDate d = LocalDate.of(2007, 1, 18);
        assertThat(w.date(d)).isEqualTo("January 18, 2007");
        assertThat(w.shortDate(LocalDate.of(2007, 1, 19))).isEqualTo("Jan 19, 2007");
        assertThat(w.dayOfMonthDate(d)).isEqualTo("18th day of January 2007");
        assertThat(w.weekdayDate(LocalDate.of(2007, 2, 9))).isEqualTo("Friday, February 9, 2007");
    }

    @Test
    void timesCarryTheZoneInForceOnTheDay() {
        LocalTime t = LocalTime.of(13, 45);
        ZoneId la = ZoneId.of("America/Los_Angeles");
        ZoneId ny = ZoneId.of("America/New_York");
        assertThat(w.time(t, la, LocalDate.of(2007, 2, 9))).isEqualTo("1:45 p.m. PST");
        assertThat(w.timeIn(t, la, LocalDate.of(2007, 2, 9), ny)).isEqualTo("4:45 p.m. EST");
        assertThat(w.time(t, la, LocalDate.of(2007, 7, 9))).isEqualTo("1:45 p.m. PDT");
        assertThat(w.time(LocalTime.of(0, 5), ny, LocalDate.of(2007, 2, 9))).isEqualTo("12:05 a.m. EST");
    }

    @Test
    void timesOfDayAndZoneNamesInFull() {
        ZoneId ny = ZoneId.of("America/New_York");
        assertThat(w.timeOfDay(LocalTime.of(10, 0))).isEqualTo("10:00 a.m.");
        assertThat(w.timeOfDay(LocalTime.of(17, 0))).isEqualTo("5:00 p.m.");
        assertThat(w.timeOfDay(LocalTime.of(0, 5))).isEqualTo("12:05 a.m.");
        assertThat(w.timeOfDay(LocalTime.of(12, 30))).isEqualTo("12:30 p.m.");
        assertThat(w.zoneName(LocalTime.of(10, 0), ny, LocalDate.of(2007, 1, 24))).isEqualTo("Eastern Standard Time");
        assertThat(w.zoneName(LocalTime.of(10, 0), ny, LocalDate.of(2007, 7, 24))).isEqualTo("Eastern Daylight Time");
        assertThat(w.zoneName(LocalTime.of(9, 0), ZoneId.of("America/Denver"), LocalDate.of(2031, 3, 14)))
                .isEqualTo("Mountain Daylight Time");
    }
}
