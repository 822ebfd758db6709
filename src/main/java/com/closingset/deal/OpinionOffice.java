package com.closingset.deal;

/** Another office of company counsel, as its letterhead lists it: address and telephone number. */
public record OpinionOffice(Address address, String phone) {

    static OpinionOffice read(YamlMapping m) throws DealException {
        OpinionOffice office = new OpinionOffice(Address.fields(m), m.text("phone"));
        m.finish();
        return office;
    }
}
