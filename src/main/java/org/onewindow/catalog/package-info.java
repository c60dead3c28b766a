/**
 * The catalog of service items (required materials, lead and collaborating departments, promised time
 * limits) and the working-day calendar deadlines are counted in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "directory", "audit" })
package org.onewindow.catalog;
