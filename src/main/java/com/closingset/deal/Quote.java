package com.closingset.deal;

/**
 * An executive's quotation in a press release: {@code said} is the first sentence, attributed with
 * full name and title; {@code added}, if any, is attributed by last name.
 */
public record Quote(String speaker, String speakerLastName, String speakerTitle, String said, String added) {
}
