package com.closingset.deal;

/** Section 11: notices to the Placement Agent with a copy to its counsel, and to the Company with a copy to its counsel. */
public record PlacementNotices(PlacementNotice placementAgent, PlacementNotice placementAgentCopy,
        PlacementNotice company, PlacementNotice companyCopy) {

    static PlacementNotices read(YamlMapping m) throws DealException {
        PlacementNotices n = new PlacementNotices(
                PlacementNotice.read(m.mapping("placement_agent"), false),
                PlacementNotice.read(m.mapping("placement_agent_copy"), true),
                PlacementNotice.read(m.mapping("company"), false),
                PlacementNotice.read(m.mapping("company_copy"), true));
        m.finish();
        return n;
    }
}
