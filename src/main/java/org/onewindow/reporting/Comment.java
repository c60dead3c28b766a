package org.onewindow.reporting;

import java.time.Instant;

/** A citizen's free comment with what it is about; supplementary reviews are marked. */
public record Comment(String caseNumber, String serviceItemName, String departmentCode, int overall,
        String channel, Instant answeredAt, String text, boolean supplementary) {
}
