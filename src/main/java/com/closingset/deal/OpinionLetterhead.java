package com.closingset.deal;

import java.util.ArrayList;
import java.util.List;

/**
 * Company counsel's letterhead, beyond the firm's name and main office address (both in
 * {@code company_counsel:}).
 *
 * @param building     the building of the main office, printed above its street ("Nashville City Center"); may be null
 * @param phone        the main office's telephone number
 * @param fax          the main office's fax number; may be null
 * @param website      the firm's website; may be null
 * @param otherOffices the firm's other offices, in the letterhead's order; may be empty
 */
public record OpinionLetterhead(String building, String phone, String fax, String website, List<OpinionOffice> otherOffices) {

    static OpinionLetterhead read(YamlMapping m) throws DealException {
        String building = m.optionalText("building").orElse(null);
        String phone = m.text("phone");
        String fax = m.optionalText("fax").orElse(null);
        String website = m.optionalText("website").orElse(null);
        List<OpinionOffice> offices = new ArrayList<>();
        if (m.has("other_offices")) {
            for (YamlMapping office : m.mappings("other_offices")) {
                offices.add(OpinionOffice.read(office));
            }
        }
        m.finish();
        return new OpinionLetterhead(building, phone, fax, website, List.copyOf(offices));
    }
}
