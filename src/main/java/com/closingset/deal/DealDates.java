package com.closingset.deal;

import java.time.LocalDate;

/**
 * The deal's calendar: pricing (agreements signed), the 8-K's date of report,
 * the press releases' date and the expected closing.
 */
public record DealDates(LocalDate pricing, LocalDate report, LocalDate announcement, LocalDate closing) {
}
