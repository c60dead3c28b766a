/**
 * Demo data: departments, staff, service items, a second version of the online channel's evaluation indicators and
 * a few cases in progress, so that a fresh start of the hall looks like a working day. Loaded only when {@code onewindow.demo.enabled} is true and the database
 * has no departments yet.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "directory", "catalog", "intake",
        "casework", "satisfaction" })
package org.onewindow.demo;
