package org.onewindow.intake.internal;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.onewindow.intake.CaseContact;
import org.onewindow.shared.i18n.Translations;

/**
 * The applicant's contact details as given for one case: a later request under the same ID number changes neither
 * what this case shows nor where its messages go.
 */
@Embeddable
class ApplicantContactSnapshot {

    @Column(name = "applicant_name", nullable = false, length = 100)
    private String name;

    @Column(name = "applicant_mobile", length = 20)
    private String mobile;

    @Column(name = "applicant_email", length = 254)
    private String email;

    @Column(name = "applicant_address", length = 200)
    private String address;

    @Column(name = "applicant_language", nullable = false, length = 10)
    private String language;

    /** Only when an enterprise applies. */
    @Column(name = "enterprise_name", length = 200)
    private String enterpriseName;

    protected ApplicantContactSnapshot() {
    }

    /** What was given; the enterprise's name is kept only when {@code enterprise} applies. */
    ApplicantContactSnapshot(Applicants.Contact given, boolean enterprise) {
        this.name = given.name();
        this.mobile = given.mobile();
        this.email = given.email();
        this.address = given.address();
        this.language = given.language().toLanguageTag();
        this.enterpriseName = enterprise ? given.enterpriseName() : null;
    }

    CaseContact caseContact() {
        return new CaseContact(mobile, email, Translations.fromTag(language));
    }

    /**
     * The record has moved on from what was given: another name, mobile or (when one was given) address, or
     * (when an enterprise applies, {@code enterprise} not null) another enterprise name.
     */
    boolean differsFrom(CitizenEntity citizen, EnterpriseEntity enterprise) {
        boolean person = !Objects.equals(name, citizen.name()) || (mobile != null && !mobile.equals(citizen.mobile()))
                || (address != null && !address.equals(citizen.address()));
        return person || (enterprise != null && !Objects.equals(enterpriseName, enterprise.name()));
    }

    String name() {
        return name;
    }

    String mobile() {
        return mobile;
    }

    String language() {
        return language;
    }

    String enterpriseName() {
        return enterpriseName;
    }
}
