package org.onewindow.intake.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.Channel;
import org.onewindow.intake.EnterpriseApplicant;
import org.onewindow.intake.UnifiedSocialCreditCode;
import org.onewindow.intake.IdType;
import org.onewindow.intake.ResidentIdNumber;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * Field-by-field checks of a registration; the keys are the field names the intake screen uses, the messages are
 * in the language of the request (the screen's, or English outside one).
 */
@Component
class RegistrationValidator {

    static final int MAX_NAME = 100;
    static final int MAX_NOTES = 2000;
    static final int MAX_ADDRESS = 200;
    static final int MAX_ENTERPRISE_NAME = 200;
    /** Online, the notes are the citizen's own description of the request, which Open311 allows 4,000 characters. */
    static final int MAX_ONLINE_NOTES = 4000;
    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern OTHER_ID = Pattern.compile("[A-Z0-9]{5,20}");

    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CatalogService catalog;
    private final CitizenRepository citizens;
    private final Clock clock;

    RegistrationValidator(CatalogService catalog, CitizenRepository citizens, Clock clock) {
        this.catalog = catalog;
        this.citizens = citizens;
        this.clock = clock;
    }

    Map<String, String> validate(CaseRegistration registration) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (registration.idType() == null) {
            errors.put("idType", Translations.current("intake.error.idType.missing"));
        } else if (isBlank(registration.idNumber())) {
            errors.put("idNumber", Translations.current("intake.error.idNumber.missing"));
        } else if (registration.idType() == IdType.RESIDENT_ID) {
            String problem = ResidentIdNumber.problem(registration.idNumber(), LocalDate.now(clock));
            if (problem != null) {
                errors.put("idNumber", problem);
            }
        } else if (!OTHER_ID.matcher(ResidentIdNumber.normalize(registration.idNumber())).matches()) {
            errors.put("idNumber", Translations.current("intake.error.documentNumber.format"));
        }
        if (isBlank(registration.citizenName())) {
            errors.put("citizenName", Translations.current("intake.error.name.missing"));
        } else if (registration.citizenName().trim().length() > MAX_NAME) {
            errors.put("citizenName", Translations.current("intake.error.name.tooLong", MAX_NAME));
        }
        if (isBlank(registration.mobile())) {
            if (mobileRequired(registration, errors)) {
                errors.put("mobile", Translations.current("intake.error.mobile.missing"));
            }
        } else if (!MAINLAND_MOBILE.matcher(registration.mobile().trim()).matches()) {
            errors.put("mobile", Translations.current("intake.error.mobile.format"));
        }
        if (!isBlank(registration.email()) && (registration.email().trim().length() > MAX_EMAIL
                || !EMAIL.matcher(registration.email().trim()).matches())) {
            errors.put("email", Translations.current("intake.error.email.format"));
        }
        Optional<ServiceItem> item = catalog.item(registration.serviceItemCode());
        if (isBlank(registration.serviceItemCode())) {
            errors.put("serviceItem", Translations.current("intake.error.serviceItem.missing"));
        } else if (item.isEmpty()) {
            errors.put("serviceItem",
                    Translations.current("intake.error.serviceItem.unknown", registration.serviceItemCode()));
        } else {
            for (String material : registration.receivedMaterials()) {
                if (!item.get().requiredMaterials().contains(material)) {
                    errors.put("materials", Translations.current("intake.error.material.notRequired", material));
                }
            }
        }
        int maxNotes = registration.channel() == Channel.ONLINE ? MAX_ONLINE_NOTES : MAX_NOTES;
        if (registration.notes() != null && registration.notes().length() > maxNotes) {
            errors.put("notes", Translations.current("intake.error.notes.tooLong", maxNotes));
        }
        if (registration.address() != null && registration.address().trim().length() > MAX_ADDRESS) {
            errors.put("address", Translations.current("intake.error.address.tooLong", MAX_ADDRESS));
        }
        if (registration.enterprise() != null) {
            validateEnterprise(registration.enterprise(), errors);
        }
        if (registration.channel() == null) {
            errors.put("channel", Translations.current("intake.error.channel.missing"));
        }
        return errors;
    }

    /**
     * Online a request may come with an e-mail address only, or with neither (the citizen is then not told, and the
     * case says so). At the window an empty mobile keeps the one on record; a new citizen must give one.
     */
    private boolean mobileRequired(CaseRegistration registration, Map<String, String> errors) {
        if (registration.channel() != Channel.WINDOW) {
            return false;
        }
        if (registration.idType() == null || isBlank(registration.idNumber()) || errors.containsKey("idNumber")) {
            return true;
        }
        return citizens.findByIdTypeAndIdNumber(registration.idType(), ResidentIdNumber.normalize(registration.idNumber()))
                .map(citizen -> citizen.mobile() == null).orElse(true);
    }

    private static void validateEnterprise(EnterpriseApplicant enterprise, Map<String, String> errors) {
        UnifiedSocialCreditCode.Problem problem = UnifiedSocialCreditCode.problem(enterprise.creditCode());
        if (isBlank(enterprise.creditCode())) {
            errors.put("creditCode", Translations.current("intake.error.creditCode.missing"));
        } else if (problem == UnifiedSocialCreditCode.Problem.FORMAT) {
            errors.put("creditCode", Translations.current("intake.error.creditCode.format"));
        } else if (problem == UnifiedSocialCreditCode.Problem.CHECK_CHARACTER) {
            errors.put("creditCode", Translations.current("intake.error.creditCode.check"));
        }
        if (isBlank(enterprise.name())) {
            errors.put("enterpriseName", Translations.current("intake.error.enterpriseName.missing"));
        } else if (enterprise.name().trim().length() > MAX_ENTERPRISE_NAME) {
            errors.put("enterpriseName", Translations.current("intake.error.enterpriseName.tooLong", MAX_ENTERPRISE_NAME));
        }
        if (enterprise.role() == null) {
            errors.put("agentRole", Translations.current("intake.error.agentRole.missing"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
