package com.closingset.deal;

import java.math.BigDecimal;

/**
 * The terms of the offering. Rates are fractions (4.8% is 0.048); amounts are dollars.
 * A unit is one share of common stock plus warrants for {@code warrantCoverage} of a share.
 */
public record Offering(
        long shares,
        BigDecimal pricePerUnit,
        BigDecimal parValue,
        BigDecimal warrantCoverage,
        WarrantRounding warrantRounding,
        BigDecimal exercisePrice,
        int warrantTermYears,
        BigDecimal placementFeeRate,
        BigDecimal advisoryFeeRate,
        BigDecimal estimatedExpenses,
        String warrantNumberPrefix) {

    /** Warrant shares for a purchase of {@code purchased} shares: the coverage, rounded as the deal states. */
    public long warrantSharesFor(long purchased) {
        return warrantCoverage.multiply(BigDecimal.valueOf(purchased)).setScale(0, warrantRounding.mode()).longValueExact();
    }
}
