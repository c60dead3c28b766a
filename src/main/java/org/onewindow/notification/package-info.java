/**
 * Messages to citizens and staff (SMS, e-mail): an outbox written in the business transaction, and a
 * dispatcher that sends each message once, with retries and back-off, on any node of a cluster.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "directory", "catalog", "intake",
        "casework", "audit" })
package org.onewindow.notification;
