package com.closingset.figures;

import com.closingset.deal.Investor;
import java.math.BigDecimal;

/**
 * One investor's part of the offering, as its warrant and subscription agreement state it.
 *
 * @param warrantNumber  the investor's warrant, numbered in the order investors are listed: W-1, W-2, ...
 * @param warrantShares  the offering's coverage of the investor's shares, rounded as the deal states
 * @param purchasePrice  shares times the price per unit; exact, as both are (a price has no fraction of a cent)
 */
public record Allocation(Investor investor, String warrantNumber, long warrantShares, BigDecimal purchasePrice) {
}
