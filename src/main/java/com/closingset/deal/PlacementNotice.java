package com.closingset.deal;

/**
 * One addressee of the notices clause: to whose attention and at which facsimile number. {@code address}
 * is null for the parties themselves (the Placement Agent's is the agreement's agent_address, the
 * Company's is issuer.address) and given for the copies to counsel.
 */
public record PlacementNotice(Address address, String attention, String fax) {

    static PlacementNotice read(YamlMapping m, boolean withAddress) throws DealException {
        Address address = withAddress ? Address.read(m.mapping("address")) : null;
        PlacementNotice n = new PlacementNotice(address, m.text("attention"), m.text("fax"));
        m.finish();
        return n;
    }
}
