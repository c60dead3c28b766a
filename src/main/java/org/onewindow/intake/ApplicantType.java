package org.onewindow.intake;

/** Who applies: a person for themselves, or an enterprise through its legal representative or an agent. */
public enum ApplicantType {
    PERSON,
    ENTERPRISE
}
