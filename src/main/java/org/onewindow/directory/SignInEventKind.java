package org.onewindow.directory;

/** What happened at a sign-in, as the administrators' audit lists it. */
public enum SignInEventKind {
    SIGNED_IN,
    FAILED,
    /** Refused before the password was checked: the account or the address was locked. */
    REFUSED_WHILE_LOCKED,
    ACCOUNT_LOCKED,
    ADDRESS_LOCKED,
    LOCK_LIFTED
}
