/**
 * The satisfaction follow-up of every closed case: invitations with single-use tokens (in the closing SMS and
 * on the printed result notice), the questionnaire (five-level good/bad review and the versioned indicator set of
 * the answer's channel), answers
 * by link, at the window kiosk or by phone.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "directory", "catalog",
        "intake", "notification" })
package org.onewindow.satisfaction;
