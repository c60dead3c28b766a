package org.onewindow.directory;

/** What happened at a sign-in, as the administrators' audit lists it. */
public enum SignInEventKind {
    SIGNED_IN,
    FAILED,
    /** Refused before the password was checked: the account or the address was locked. */
    REFUSED_WHILE_LOCKED,
    ACCOUNT_LOCKED,
    ADDRESS_LOCKED,
    LOCK_LIFTED,
    /** Signed in through the unified identity platform (OpenID Connect). */
    SIGNED_IN_UNIFIED,
    /**
     * The unified identity platform vouched for the person, but its claim names no active staff account. Not a
     * {@link #FAILED} sign-in: no password was guessed, so it counts towards no lock.
     */
    UNIFIED_ACCOUNT_REFUSED
}
