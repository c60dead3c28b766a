package org.onewindow.satisfaction;

/** Why a department believes a review should not count. */
public enum AppealGround {
    /** The citizen rated the wrong case or pressed the wrong level, as they confirmed. */
    MISTAKEN,
    /** Abuse: threats, insults, a rating to force an unlawful result. */
    MALICIOUS
}
