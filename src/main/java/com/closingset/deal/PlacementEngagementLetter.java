package com.closingset.deal;

import java.time.LocalDate;

/** The engagement letter between the Company and the Placement Agent; {@code amended} is null when it never was. */
public record PlacementEngagementLetter(LocalDate date, LocalDate amended) {

    static PlacementEngagementLetter read(YamlMapping m) throws DealException {
        LocalDate date = m.date("date");
        LocalDate amended = m.has("amended") ? m.date("amended") : null;
        if (amended != null && amended.isBefore(date)) {
            throw m.error("amended", "the letter cannot be amended (" + amended + ") before it is dated (" + date + ")");
        }
        m.finish();
        return new PlacementEngagementLetter(date, amended);
    }
}
