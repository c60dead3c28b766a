/**
 * Citizens and the cases they bring: registration at the window, case numbers, acceptance receipts and
 * the case record whose status follows the process.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "directory", "catalog" })
package org.onewindow.intake;
