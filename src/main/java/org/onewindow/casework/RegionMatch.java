package org.onewindow.casework;

/**
 * How a routing rule reads the region code of the applicant's ID: any region (also none), or a code within or
 * outside a region. A province ({@code 440000}) holds every code starting with {@code 44}, a city ({@code 440300})
 * every code starting with {@code 4403}. A case without a region code (an enterprise) matches only {@link #ANY}.
 */
public enum RegionMatch {
    ANY, WITHIN, OUTSIDE
}
