package com.closingset.deal;

import java.time.LocalTime;
import java.time.ZoneId;

/** The results call: its start in the issuer's time zone, also announced in a second zone. */
public record ConferenceCall(LocalTime start, ZoneId timeZone, ZoneId alsoIn, int replayDays) {
}
