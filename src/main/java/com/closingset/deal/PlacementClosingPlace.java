package com.closingset.deal;

/** Whose offices the Closing takes place at; the template prints that party's name and address. */
public enum PlacementClosingPlace {
    /** company counsel (company_counsel, with its address). */
    COMPANY_COUNSEL,
    /** counsel for the Placement Agent, at the address its notices go to. */
    AGENT_COUNSEL,
    /** the Company's own offices (issuer.address). */
    ISSUER
}
