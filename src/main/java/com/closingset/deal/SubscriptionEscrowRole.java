package com.closingset.deal;

/**
 * What else the escrow agent of the subscription's Exhibit A is to the deal: the placement agent's
 * counsel (investors then consent to its continuing to represent the placement agent) or nobody else.
 */
public enum SubscriptionEscrowRole {
    PLACEMENT_AGENT_COUNSEL,
    INDEPENDENT
}
