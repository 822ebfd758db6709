package com.closingset.deal;

import java.math.RoundingMode;

/** How a fractional warrant share count is rounded; a deal states it, the figures obey it. */
public enum WarrantRounding {
    DOWN(RoundingMode.DOWN),
    HALF_UP(RoundingMode.HALF_UP),
    UP(RoundingMode.UP);

    private final RoundingMode mode;

    WarrantRounding(RoundingMode mode) {
        this.mode = mode;
    }

    public RoundingMode mode() {
        return mode;
    }
}
