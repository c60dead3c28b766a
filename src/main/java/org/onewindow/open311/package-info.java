/**
 * The Open311 GeoReport v2 API of the hall under {@code /open311/v2}: service discovery, the catalog's service
 * items as service definitions, online requests registered as cases of the ONLINE channel, and the public
 * status of cases, without personal data. Writes need an API key, which administrators issue and revoke.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "directory", "catalog", "intake",
        "casework", "audit" })
package org.onewindow.open311;
