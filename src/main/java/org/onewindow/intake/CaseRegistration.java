package org.onewindow.intake;

import java.util.List;
import java.util.Locale;

import org.onewindow.shared.i18n.Translations;

/**
 * What the front desk enters for a new case. Checked field by field by {@link CaseRegistrationService#validate}.
 *
 * @param receivedMaterials the required materials the desk ticked as received (names from the service item)
 * @param language the language the citizen wants messages in; {@code null} keeps what they chose before
 *     (Chinese for a new citizen)
 * @param address where the person lives, optional; it gives the district of the case
 * @param enterprise the enterprise applying, or {@code null} when the person applies for themselves; the person's
 *     details are then those of its legal representative or agent
 * @param mobile the mobile the case's text messages go to; at the window empty keeps the one on record, online it
 *     may be left out when an e-mail address came
 * @param email where the case's messages go when no mobile came (online requests); {@code null} at the window
 */
public record CaseRegistration(IdType idType, String idNumber, String citizenName, String mobile,
        String serviceItemCode, List<String> receivedMaterials, String notes, Channel channel, Locale language,
        String address, EnterpriseApplicant enterprise, String email) {

    // The validator's limits (its fields are named by RegistrationField), which the window and Open311 use too.

    /** The applicant's name, trimmed. */
    public static final int MAX_CITIZEN_NAME = 100;
    /** The desk's notes at the window. */
    public static final int MAX_NOTES = 2000;
    /** Online, the notes are the citizen's own description of the request, which Open311 allows 4,000 characters. */
    public static final int MAX_ONLINE_NOTES = 4000;
    /** The address, trimmed: enough for the district, which is all the hall uses it for. */
    public static final int MAX_ADDRESS = 200;
    /** The enterprise's registered name, trimmed. */
    public static final int MAX_ENTERPRISE_NAME = 200;
    /** An e-mail address, trimmed (RFC 5321's longest path). */
    public static final int MAX_EMAIL = 254;

    /**
     * Why the applicant's name cannot be taken as typed, in the language of the request; null if it can. A blank name
     * is the validator's to refuse; this is the length, which the window also shows as soon as the field is left, so
     * that a pasted name is never cut without a word.
     */
    public static String citizenNameProblem(String name) {
        if (name == null || name.trim().length() <= MAX_CITIZEN_NAME) {
            return null;
        }
        return Translations.current("intake.error.name.tooLong", MAX_CITIZEN_NAME, name.trim().length());
    }

    /** A registration without an e-mail address, as at the window. */
    public static CaseRegistration of(IdType idType, String idNumber, String citizenName, String mobile,
            String serviceItemCode, List<String> receivedMaterials, String notes, Channel channel, Locale language,
            String address, EnterpriseApplicant enterprise) {
        return new CaseRegistration(idType, idNumber, citizenName, mobile, serviceItemCode, receivedMaterials, notes,
                channel, language, address,
                enterprise, null);
    }

    /** A person applying for themselves, without an address. */
    public static CaseRegistration of(IdType idType, String idNumber, String citizenName, String mobile,
            String serviceItemCode, List<String> receivedMaterials, String notes, Channel channel, Locale language) {
        return of(idType, idNumber, citizenName, mobile, serviceItemCode, receivedMaterials, notes, channel, language,
                null,
                null);
    }

    /** A registration that leaves the citizen's language as it was. */
    public static CaseRegistration of(IdType idType, String idNumber, String citizenName, String mobile,
            String serviceItemCode, List<String> receivedMaterials, String notes, Channel channel) {
        return of(idType, idNumber, citizenName, mobile, serviceItemCode, receivedMaterials, notes, channel, null, null,
                null);
    }

    /** Why the address cannot be taken as typed (its length), as {@link #citizenNameProblem}; null if it can. */
    public static String addressProblem(String address) {
        return tooLong(address, MAX_ADDRESS, "intake.error.address.tooLong");
    }

    /** Why the enterprise's name cannot be taken as typed (its length), as {@link #citizenNameProblem}. */
    public static String enterpriseNameProblem(String enterpriseName) {
        return tooLong(enterpriseName, MAX_ENTERPRISE_NAME, "intake.error.enterpriseName.tooLong");
    }

    private static String tooLong(String value, int max, String messageKey) {
        if (value == null || value.trim().length() <= max) {
            return null;
        }
        return Translations.current(messageKey, max, value.trim().length());
    }

    /*
     * The record has only its canonical constructor, the shorter forms being factories: Vaadin's Binder#writeRecord
     * (24.9) builds a record with the first constructor the JVM lists (vaadin/flow#21286), which must therefore be
     * the only one.
     */
    public CaseRegistration {
        receivedMaterials = receivedMaterials == null ? List.of() : List.copyOf(receivedMaterials);
    }
}
