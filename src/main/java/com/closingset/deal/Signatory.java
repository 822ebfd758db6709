package com.closingset.deal;

/** A person who signs for a party, with the title printed under the signature. */
public record Signatory(String name, String title) {
}
