package org.onewindow.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.intake.case-numbers.*}: the restore step of the case numbers (docs/operations.md, "Backup and
 * restore"). A restored database has the counter of the moment of the dump; the numbers the hall gave out after it
 * are on citizens' receipts but no longer in the database, so they must not be given out again.
 *
 * @param advanceAfterRestore at this node's start, move the counter past every number the hall may have given out
 *        after the dump; given once, to the first node started on a restored database
 * @param restoreMargin how many numbers are skipped at least: more than the hall registers between a backup and
 *        its restore (the step skips more when the restored cases show a busier hall or an older dump)
 */
@ConfigurationProperties("onewindow.intake.case-numbers")
public record CaseNumberProperties(@DefaultValue("false") boolean advanceAfterRestore,
        @DefaultValue("10000") long restoreMargin) {

    public CaseNumberProperties {
        if (restoreMargin < 1) {
            throw new IllegalArgumentException("onewindow.intake.case-numbers.restore-margin must be at least 1.");
        }
    }
}
