package com.closingset.deal;

import java.util.OptionalLong;

/**
 * A purchaser in the offering, in the order the deal lists them.
 *
 * @param number              1 for the first investor listed; numbers the investor's warrant
 * @param statedWarrantShares the warrant shares the deal file states for the investor, if it does; the
 *                            loader has checked that they are the offering's coverage of its shares
 */
public record Investor(int number, String name, Address address, String contact, long shares,
                       OptionalLong statedWarrantShares) {
}
