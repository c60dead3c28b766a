/**
 * Departments, staff accounts, roles and department membership; the security user details.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.onewindow.directory;
