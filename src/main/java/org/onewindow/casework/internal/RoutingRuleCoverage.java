package org.onewindow.casework.internal;

import java.util.Objects;

import org.onewindow.casework.RegionMatch;
import org.onewindow.casework.RoutingRule;

/**
 * Whether one routing rule takes every case another one would take: then, with the first-match hit policy, the
 * other one never applies when it comes later.
 */
final class RoutingRuleCoverage {

    private RoutingRuleCoverage() {
    }

    static boolean covers(RoutingRule earlier, RoutingRule later) {
        return coversValue(earlier.serviceItemCode(), later.serviceItemCode())
                && coversValue(earlier.applicantType(), later.applicantType()) && coversRegion(earlier, later);
    }

    private static boolean coversValue(String earlier, String later) {
        return earlier == null || Objects.equals(earlier, later);
    }

    /** A case without a region code matches only "any region", so WITHIN and OUTSIDE cover only each other. */
    private static boolean coversRegion(RoutingRule earlier, RoutingRule later) {
        if (earlier.regionMatch() == RegionMatch.ANY) {
            return true;
        }
        if (later.regionMatch() == RegionMatch.ANY || earlier.regionCode() == null || later.regionCode() == null) {
            return false;
        }
        String outer = RoutingTableModel.regionPrefix(earlier.regionCode());
        String inner = RoutingTableModel.regionPrefix(later.regionCode());
        return switch (earlier.regionMatch()) {
            // Within 44 covers within 4403; outside 4403 covers outside 44 and within 11.
            case WITHIN -> later.regionMatch() == RegionMatch.WITHIN && inner.startsWith(outer);
            case OUTSIDE -> later.regionMatch() == RegionMatch.OUTSIDE ? outer.startsWith(inner)
                    : !inner.startsWith(outer) && !outer.startsWith(inner);
            case ANY -> true;
        };
    }
}
