/**
 * Cross-cutting value types, role names, security and the application shell (main layout, login).
 * Every other module may use it; it depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.onewindow.shared;
