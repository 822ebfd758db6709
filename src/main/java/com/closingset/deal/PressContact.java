package com.closingset.deal;

/** How a press release is distributed and whom journalists call. */
public record PressContact(String wire, String contactName, String contactPhone) {
}
