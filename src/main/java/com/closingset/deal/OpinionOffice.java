package com.closingset.deal;

/** Another office of company counsel, as its letterhead lists it: address and telephone number. */
public record OpinionOffice(Address address, String phone) {

    static OpinionOffice read(YamlMapping m) throws DealException {
        String state = m.text("state");
        Address address = new Address(
                m.text("street"),
                m.text("city"),
                state,
                m.optionalText("state_abbreviation").orElse(state),
                m.text("postal_code"));
        OpinionOffice office = new OpinionOffice(address, m.text("phone"));
        m.finish();
        return office;
    }
}
