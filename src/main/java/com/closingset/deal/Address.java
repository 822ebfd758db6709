package com.closingset.deal;

/** A postal address as it is printed in notices and press releases. */
public record Address(String street, String city, String state, String stateAbbreviation, String postalCode) {

    /** An address that is a group of its own in the deal file. */
    static Address read(YamlMapping m) throws DealException {
        Address address = fields(m);
        m.finish();
        return address;
    }

    /** The address fields of a group that holds others too (an office's telephone); the caller finishes it. */
    static Address fields(YamlMapping m) throws DealException {
        String state = m.text("state");
        return new Address(
                m.text("street"),
                m.text("city"),
                state,
                m.optionalText("state_abbreviation").orElse(state),
                m.text("postal_code"));
    }
}
