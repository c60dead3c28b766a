/**
 * The Camunda facade: starting the process of each case, the task inboxes, claiming and completing steps,
 * the opinions of every department, and the case file staff read. The only module (with satisfaction,
 * later) that talks to the engine.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "directory", "catalog",
        "intake" })
package org.onewindow.casework;
