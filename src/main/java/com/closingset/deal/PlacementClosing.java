package com.closingset.deal;

import java.time.LocalTime;

/** The Place of Closing and the time of day of the Closing (its date is the deal's closing date). */
public record PlacementClosing(PlacementClosingPlace place, LocalTime time) {

    static PlacementClosing read(YamlMapping m) throws DealException {
        PlacementClosing c = new PlacementClosing(m.choice("place", PlacementClosingPlace.class), m.time("time"));
        m.finish();
        return c;
    }
}
