package com.closingset.deal;

import java.time.LocalDate;

/**
 * The facts of Exhibit A, the form of company counsel's opinion.
 *
 * @param state            the state, besides the state of incorporation, whose law the opinion covers and in which
 *                         it confirms the Company's qualification as a foreign corporation
 * @param corporateStatute the corporation law of the state of incorporation, as the opinion abbreviates it ("DGCL")
 * @param prospectusFiled  the day the Prospectus was filed under Rule 424(b)
 */
public record PlacementOpinionForm(String state, String corporateStatute, LocalDate prospectusFiled) {

    static PlacementOpinionForm read(YamlMapping m) throws DealException {
        PlacementOpinionForm f = new PlacementOpinionForm(m.text("state"), m.text("corporate_statute"), m.date("prospectus_filed"));
        m.finish();
        return f;
    }
}
