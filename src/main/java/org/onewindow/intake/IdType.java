package org.onewindow.intake;

/** Kinds of identity document accepted at the window. */
public enum IdType {
    /** Mainland resident identity card: 18 characters with an ISO 7064 MOD 11-2 check character. */
    RESIDENT_ID,
    PASSPORT,
    /** Mainland travel permit for Hong Kong, Macao or Taiwan residents. */
    TRAVEL_PERMIT
}
