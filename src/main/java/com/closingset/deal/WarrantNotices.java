package com.closingset.deal;

import java.time.LocalTime;

/**
 * Section 13 of the Warrant: where notices to the Company go (its address is the issuer's) and when a
 * facsimile counts as given that Trading Day.
 *
 * @param attention  the officer named in "Attention:"
 * @param facsimile  the Company's facsimile number for notices (not its telephone number)
 * @param cutoffTime a facsimile sent at or before this hour on a Trading Day is given that day
 */
public record WarrantNotices(String attention, String facsimile, LocalTime cutoffTime) {

    static WarrantNotices read(YamlMapping m) throws DealException {
        WarrantNotices notices = new WarrantNotices(m.text("attention"), m.text("facsimile"), m.time("cutoff_time"));
        m.finish();
        return notices;
    }
}
