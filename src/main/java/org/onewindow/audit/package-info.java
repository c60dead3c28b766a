/**
 * The administrative audit log: every change administrators make to accounts, roles, departments, the catalog,
 * routing, the calendar, API keys and the outbox, with who made it, when, and the values before and after. Written
 * in the changing service's transaction, so a change and its entry commit or roll back together; searched and
 * exported by administrators. Depends on {@code shared} only, so that every other module may record its changes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.onewindow.audit;
