package com.closingset.deal;

import java.util.List;

/**
 * The company selling the securities. {@code shortName} heads press releases ("Capstone Turbine"),
 * {@code briefName} is the one-word name of their boilerplate ("Capstone"); {@code about} is the
 * "About" paragraph that follows the name and listing in a press release. {@code market} is how a
 * press release names the market ("Nasdaq"), {@code listingMarket} how an agreement does ("The Nasdaq
 * Global Market").
 */
public record Issuer(
        String name,
        String shortName,
        String briefName,
        String stateOfIncorporation,
        String entityType,
        String commissionFileNumber,
        String employerId,
        Address address,
        String phone,
        String website,
        String market,
        String listingMarket,
        String ticker,
        String about,
        List<String> trademarks) {
}
