package com.closingset.deal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Preliminary results of the quarter announced with the offering, against the quarter before.
 * Amounts are dollars as the issuer estimates them; {@code cashCommentary}, if any, is the issuer's
 * explanation of the change in cash, in its own words.
 */
public record QuarterResults(
        int quarter,
        int fiscalYear,
        LocalDate periodEnd,
        LocalDate priorPeriodEnd,
        BigDecimal revenue,
        BigDecimal consensusRevenue,
        BigDecimal priorRevenue,
        BigDecimal cash,
        BigDecimal priorCash,
        String cashCommentary,
        BigDecimal backlog,
        BigDecimal priorBacklog,
        LocalDate fullResultsDate,
        ConferenceCall call,
        Quote quote) {
}
