package com.closingset.deal;

/**
 * The lock-up of Section 4(o) and its extension, Section 4(q): if material news comes in the last
 * {@code newsWindowDays} of the {@code days}, or earnings are announced for the {@code earningsWindowDays}
 * beginning on its last day, the lock-up runs on for {@code extensionDays} from the release or event.
 */
public record PlacementLockUp(int days, int newsWindowDays, int earningsWindowDays, int extensionDays) {

    static PlacementLockUp read(YamlMapping m) throws DealException {
        int days = m.integer("days", 1, 366);
        int news = m.integer("news_window_days", 1, 366);
        if (news > days) {
            throw m.error("news_window_days", "the last days of the lock-up (" + news + ") cannot exceed the lock-up itself (" + days + " days)");
        }
        PlacementLockUp l = new PlacementLockUp(days, news, m.integer("earnings_window_days", 1, 366),
                m.integer("extension_days", 1, 366));
        m.finish();
        return l;
    }
}
