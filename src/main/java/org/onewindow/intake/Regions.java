package org.onewindow.intake;

import java.util.List;

/**
 * The administrative divisions the hall knows (provinces, the cities of its province and the districts and counties
 * of its city), for pickers outside intake such as the routing rules' region.
 */
public interface Regions {

    /** Every known division, by code. */
    List<Region> all();
}
