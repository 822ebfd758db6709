package com.closingset.deal;

/** A postal address as it is printed in notices and press releases. */
public record Address(String street, String city, String state, String stateAbbreviation, String postalCode) {
}
