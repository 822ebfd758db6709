package com.closingset.figures;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How documents write numbers and dates, so a template never formats a figure itself.
 * Every method is a pure function of its arguments; instances are stateless and shared.
 */
public final class Wording {
    private static final Locale US = Locale.US;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    // ICU's rule-based formats take tens of milliseconds to build from their rules before the JIT has
    // compiled the parser (a cold build built one per assembling thread), and are not thread-safe:
    // one of each, built on first use, used by one thread at a time. A document asks a few times.
    private static final class Spellout {
        static final RuleBasedNumberFormat FORMAT = new RuleBasedNumberFormat(ULocale.US, RuleBasedNumberFormat.SPELLOUT);
    }

    private static final class Ordinal {
        static final RuleBasedNumberFormat FORMAT = new RuleBasedNumberFormat(ULocale.US, RuleBasedNumberFormat.ORDINAL);
    }
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", US);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", US);
    private static final DateTimeFormatter WEEKDAY_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", US);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", US);

    /** A price, with cents always and more places when the amount has them: $1.14, $1.30, $0.001. */
    public String money(BigDecimal amount) {
        BigDecimal a = amount.stripTrailingZeros();
        int scale = Math.max(2, a.scale());
        return "$" + grouped(scale).format(amount.setScale(scale, RoundingMode.UNNECESSARY));
    }

    /** An aggregate amount: whole dollars without cents ($45,600,000), otherwise with cents ($2,188,800.50). */
    public String dollars(BigDecimal amount) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        int scale = whole ? 0 : 2;
        return "$" + grouped(scale).format(amount.setScale(scale, RoundingMode.HALF_UP));
    }

    /** An amount in millions to one decimal, rounded half-up: $42.5 million, $68.0 million. */
    public String millions(BigDecimal amount) {
        return "$" + amount.divide(MILLION, 1, RoundingMode.HALF_UP).toPlainString() + " million";
    }

    /** A count with thousands separators: 40,000,000. */
    public String number(Number n) {
        return grouped(0).format(new BigDecimal(n.toString()));
    }

    /**
     * A count and its noun, in agreement: {@code count(1, "day")} 1 day, {@code count(17, "Trading Day")}
     * 17 Trading Days. The plural adds an s, which is every unit of time the documents count.
     */
    public String count(Number n, String noun) {
        return number(n) + " " + agreeing(n, noun);
    }

    /** As {@link #count}, the number in words: one Trading Day, three Trading Days. */
    public String countInWords(Number n, String noun) {
        return words(n) + " " + agreeing(n, noun);
    }

    private static String agreeing(Number n, String noun) {
        return new BigDecimal(n.toString()).compareTo(BigDecimal.ONE) == 0 ? noun : noun + "s";
    }

    /** A clause number in lower-case Roman numerals, as agreements number sub-clauses: 4 is iv, 13 is xiii. */
    public String roman(Number n) {
        int v = n.intValue();
        if (v < 1 || v > 3999) {
            throw new IllegalArgumentException("a Roman numeral is from 1 to 3999, got " + n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            for (; v >= values[i]; v -= values[i]) {
                s.append(numerals[i]);
            }
        }
        return s.toString();
    }

    /** A whole number in words, lower case: forty million, five. */
    public String words(Number n) {
        synchronized (Spellout.FORMAT) {
            return Spellout.FORMAT.format(n.longValue());
        }
    }

    /** The legal style of a count: Forty Million (40,000,000). */
    public String wordsAndNumerals(Number n) {
        return titleCase(words(n)) + " (" + number(n) + ")";
    }

    /** An ordinal in words: third. */
    public String ordinalWord(Number n) {
        synchronized (Spellout.FORMAT) {
            return Spellout.FORMAT.format(n.longValue(), "%spellout-ordinal");
        }
    }

    /** An ordinal in figures: 18th. */
    public String ordinal(Number n) {
        synchronized (Ordinal.FORMAT) {
            return Ordinal.FORMAT.format(n.longValue());
        }
    }

    /** A fraction as a percentage with only the places it needs: 0.048 is 4.8%, 0.97 is 97%. */
    public String percent(BigDecimal fraction) {
        BigDecimal p = fraction.movePointRight(2).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
    }

    /**
     * Ends a sentence on a name: "Sons, Inc." already ends with its period and takes no
     * second one; "Roth Capital Partners, LLC" gets one.
     */
    public String endOfSentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    /** January 18, 2007. */
    public String date(LocalDate d) {
        return LONG_DATE.format(d);
    }

    /** Jan 19, 2007, as a newswire dateline has it. */
    public String shortDate(LocalDate d) {
        return SHORT_DATE.format(d);
    }

    /** Friday, February 9, 2007. */
    public String weekdayDate(LocalDate d) {
        return WEEKDAY_DATE.format(d);
    }

    /** 18th day of January 2007, as the dating clause of an instrument has it. */
    public String dayOfMonthDate(LocalDate d) {
        return ordinal(d.getDayOfMonth()) + " day of " + MONTH_YEAR.format(d);
    }

    /** A time of day on a date in a zone, US style: 1:45 p.m. PST (the zone's abbreviation on that date). */
    public String time(LocalTime t, ZoneId zone, LocalDate on) {
        return clock(ZonedDateTime.of(on, t, zone));
    }

    /** The same instant as {@link #time} read in another zone: 4:45 p.m. EST. */
    public String timeIn(LocalTime t, ZoneId zone, LocalDate on, ZoneId other) {
        return clock(ZonedDateTime.of(on, t, zone).withZoneSameInstant(other));
    }

    /** A time of day without a zone, for a sentence that names the zone in words: 10:00 a.m., 5:00 p.m. */
    public String timeOfDay(LocalTime t) {
        int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return hour + ":" + String.format(US, "%02d", t.getMinute()) + " " + (t.getHour() < 12 ? "a.m." : "p.m.");
    }

    /**
     * The full name of the zone in force at a time on a date, as agreements write it: Eastern Standard Time
     * in January, Eastern Daylight Time in July.
     */
    public String zoneName(LocalTime t, ZoneId zone, LocalDate on) {
        return zoneName(ZonedDateTime.of(on, t, zone), java.util.TimeZone.LONG);
    }

    private String clock(ZonedDateTime z) {
        return timeOfDay(z.toLocalTime()) + " " + zoneName(z, java.util.TimeZone.SHORT);
    }

    private static String zoneName(ZonedDateTime z, int style) {
        boolean daylight = z.getZone().getRules().isDaylightSavings(z.toInstant());
        return java.util.TimeZone.getTimeZone(z.getZone()).getDisplayName(daylight, style, US);
    }

    private static DecimalFormat grouped(int scale) {
        DecimalFormat f = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
                DecimalFormatSymbols.getInstance(US));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f;
    }

    private static String titleCase(String words) {
        StringBuilder s = new StringBuilder(words.length());
        boolean start = true;
        for (char c : words.toCharArray()) {
            s.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return s.toString();
    }
}
