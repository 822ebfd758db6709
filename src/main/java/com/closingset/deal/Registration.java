package com.closingset.deal;

import java.time.LocalDate;

/** The shelf registration statement under which the securities are sold. */
public record Registration(String form, String number, LocalDate effectiveDate) {
}
