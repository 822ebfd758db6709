package com.closingset.deal;

import java.time.LocalDate;

/**
 * The facts of the deal model's {@code opinion:} section that only Exhibit 5.3, the opinion of company
 * counsel, states. The firm, its main office, the issuer, the registration statement and the securities
 * come from the rest of the deal; this section adds what only the letter says.
 *
 * @param date             the date the letter bears
 * @param addresseeState   the issuer's state as the letter's inside address abbreviates it ("CA")
 * @param prospectusDate   the date of the base prospectus, when it is not the day the registration
 *                         statement was declared effective (null: that day)
 * @param letterhead       counsel's letterhead: phone, fax, website and other offices
 */
public record OpinionTerms(LocalDate date, String addresseeState, LocalDate prospectusDate, OpinionLetterhead letterhead) {

    static OpinionTerms read(YamlMapping m) throws DealException {
        LocalDate date = m.date("date");
        String addresseeState = m.text("addressee_state");
        LocalDate prospectusDate = m.has("prospectus_date") ? m.date("prospectus_date") : null;
        if (prospectusDate != null && prospectusDate.isAfter(date)) {
            throw m.error("prospectus_date", "the prospectus (" + prospectusDate + ") cannot be dated after the opinion that relies on it ("
                    + date + ")");
        }
        OpinionTerms terms = new OpinionTerms(date, addresseeState, prospectusDate, OpinionLetterhead.read(m.mapping("letterhead")));
        m.finish();
        return terms;
    }
}
