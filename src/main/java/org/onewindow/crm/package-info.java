/**
 * Citizens as customers: the applicant file (every case of a person or an enterprise, the messages sent to them,
 * the notices of missing materials, open rectifications, and their survey answers for those who may read them),
 * who may open it and why, and the audit of every opening and every revealed ID number.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "directory", "intake",
        "notification", "satisfaction", "casework" })
package org.onewindow.crm;
