package com.closingset.deal;

/**
 * A firm that takes part in the deal (placement agent, advisor, escrow agent, counsel).
 * {@code shortName} is the name the documents use after the first mention ("A.G. Edwards").
 */
public record Party(String name, String shortName, Address address, String phone) {
}
