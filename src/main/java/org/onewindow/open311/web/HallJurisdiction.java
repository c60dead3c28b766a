package org.onewindow.open311.web;

import org.onewindow.open311.Open311Properties;
import org.springframework.stereotype.Component;

/** The one jurisdiction this endpoint serves: the hall's own. */
@Component
class HallJurisdiction {

    private final Open311Properties properties;

    HallJurisdiction(Open311Properties properties) {
        this.properties = properties;
    }

    /** Any jurisdiction_id but the hall's own is unknown here; leaving it out is fine, since there is only one. */
    void check(String jurisdictionId) {
        if (jurisdictionId != null && !jurisdictionId.equalsIgnoreCase(properties.jurisdictionId())) {
            throw GeoReportException.notFound("jurisdiction_id '" + Echoes.shorten(jurisdictionId) + "' was not found: "
                    + "this endpoint serves " + properties.jurisdictionId() + " only.");
        }
    }
}
