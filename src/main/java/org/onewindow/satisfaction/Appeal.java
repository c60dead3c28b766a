package org.onewindow.satisfaction;

import java.time.Instant;

/** A department's appeal against a review, and the manager's decision once made ({@code upheld} null before). */
public record Appeal(AppealGround ground, String reason, String appealedBy, Instant appealedAt, Boolean upheld,
        String decisionNote, String decidedBy, Instant decidedAt) {
}
