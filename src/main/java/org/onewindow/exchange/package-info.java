/**
 * The provincial evaluation platform exchange: every case (at acceptance and at closing), evaluation and
 * rectification outcome goes to the province through an outbox written in the business transaction and sent in
 * batches with retries, once per record id; evaluations given on the province's app come back through a signed
 * callback and are stored by {@code satisfaction}. Administrators watch and resend at {@code /admin/province}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "directory", "intake",
        "satisfaction", "audit" })
package org.onewindow.exchange;
