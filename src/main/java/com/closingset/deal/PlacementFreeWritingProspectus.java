package com.closingset.deal;

import java.time.LocalDate;

/** An issuer free writing prospectus listed on Schedule I ("Final Term Sheet dated January 18, 2007"). */
public record PlacementFreeWritingProspectus(String title, LocalDate date) {

    static PlacementFreeWritingProspectus read(YamlMapping m) throws DealException {
        PlacementFreeWritingProspectus f = new PlacementFreeWritingProspectus(m.text("title"), m.date("date"));
        m.finish();
        return f;
    }
}
