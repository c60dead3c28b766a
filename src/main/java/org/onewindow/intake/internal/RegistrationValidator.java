package org.onewindow.intake.internal;

import static org.onewindow.intake.CaseRegistration.MAX_EMAIL;
import static org.onewindow.intake.CaseRegistration.MAX_NOTES;
import static org.onewindow.intake.CaseRegistration.MAX_ONLINE_NOTES;
import static org.onewindow.intake.RegistrationField.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.RegistrationField;
import org.onewindow.intake.Channel;
import org.onewindow.intake.EnterpriseApplicant;
import org.onewindow.intake.UnifiedSocialCreditCode;
import org.onewindow.intake.IdType;
import org.onewindow.intake.ResidentIdNumber;
import org.onewindow.shared.MobileNumbers;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * The one check of a registration, field by field, for every door (the window, Open311, the demo data): the keys
 * are {@link RegistrationField}s, the limits those of {@link CaseRegistration}, the messages in the language of the
 * request (the screen's, or English outside one).
 */
@Component
class RegistrationValidator {

    private static final Pattern OTHER_ID = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CatalogService catalog;
    private final CitizenRepository citizens;
    private final Clock clock;

    RegistrationValidator(CatalogService catalog, CitizenRepository citizens, Clock clock) {
        this.catalog = catalog;
        this.citizens = citizens;
        this.clock = clock;
    }

    Map<RegistrationField, String> validate(CaseRegistration registration) {
        Map<RegistrationField, String> errors = new LinkedHashMap<>();
        if (registration.idType() == null) {
            errors.put(ID_TYPE, Translations.current("intake.error.idType.missing"));
        } else if (isBlank(registration.idNumber())) {
            errors.put(ID_NUMBER, Translations.current("intake.error.idNumber.missing"));
        } else if (registration.idType() == IdType.RESIDENT_ID) {
            String problem = ResidentIdNumber.problem(registration.idNumber(), LocalDate.now(clock));
            if (problem != null) {
                errors.put(ID_NUMBER, problem);
            }
        } else if (!OTHER_ID.matcher(ResidentIdNumber.normalize(registration.idNumber())).matches()) {
            errors.put(ID_NUMBER, Translations.current("intake.error.documentNumber.format"));
        }
        if (isBlank(registration.citizenName())) {
            errors.put(CITIZEN_NAME, Translations.current("intake.error.name.missing"));
        } else if (CaseRegistration.citizenNameProblem(registration.citizenName()) != null) {
            errors.put(CITIZEN_NAME, CaseRegistration.citizenNameProblem(registration.citizenName()));
        }
        if (isBlank(registration.mobile())) {
            if (mobileRequired(registration, errors)) {
                errors.put(MOBILE, Translations.current("intake.error.mobile.missing"));
            }
        } else if (!MobileNumbers.isMainlandMobile(registration.mobile())) {
            errors.put(MOBILE, Translations.current("intake.error.mobile.format"));
        }
        if (!isBlank(registration.email()) && (registration.email().trim().length() > MAX_EMAIL
                || !EMAIL_ADDRESS.matcher(registration.email().trim()).matches())) {
            errors.put(EMAIL, Translations.current("intake.error.email.format"));
        }
        Optional<ServiceItem> item = catalog.item(registration.serviceItemCode());
        if (isBlank(registration.serviceItemCode())) {
            errors.put(SERVICE_ITEM_CODE, Translations.current("intake.error.serviceItem.missing"));
        } else if (item.isEmpty()) {
            errors.put(SERVICE_ITEM_CODE,
                    Translations.current("intake.error.serviceItem.unknown", registration.serviceItemCode()));
        } else {
            for (String material : registration.receivedMaterials()) {
                if (item.get().materialNamed(material).isEmpty()) {
                    errors.put(RECEIVED_MATERIALS, Translations.current("intake.error.material.notRequired", material));
                }
            }
        }
        int maxNotes = registration.channel() == Channel.ONLINE ? MAX_ONLINE_NOTES : MAX_NOTES;
        if (registration.notes() != null && registration.notes().length() > maxNotes) {
            errors.put(NOTES, Translations.current("intake.error.notes.tooLong", maxNotes));
        }
        if (CaseRegistration.addressProblem(registration.address()) != null) {
            errors.put(ADDRESS, CaseRegistration.addressProblem(registration.address()));
        }
        if (registration.enterprise() != null) {
            validateEnterprise(registration.enterprise(), errors);
        }
        if (registration.channel() == null) {
            errors.put(CHANNEL, Translations.current("intake.error.channel.missing"));
        }
        return errors;
    }

    /**
     * Online a request may come with an e-mail address only, or with neither (the citizen is then not told, and the
     * case says so). At the window an empty mobile keeps the one on record; a new citizen must give one.
     */
    private boolean mobileRequired(CaseRegistration registration, Map<RegistrationField, String> errors) {
        if (registration.channel() != Channel.WINDOW) {
            return false;
        }
        if (registration.idType() == null || isBlank(registration.idNumber()) || errors.containsKey(ID_NUMBER)) {
            return true;
        }
        return citizens
                .findByIdTypeAndIdNumber(registration.idType(), ResidentIdNumber.normalize(registration.idNumber()))
                .map(citizen -> citizen.mobile() == null).orElse(true);
    }

    private static void validateEnterprise(EnterpriseApplicant enterprise, Map<RegistrationField, String> errors) {
        UnifiedSocialCreditCode.Problem problem = UnifiedSocialCreditCode.problem(enterprise.creditCode());
        if (isBlank(enterprise.creditCode())) {
            errors.put(CREDIT_CODE, Translations.current("intake.error.creditCode.missing"));
        } else if (problem == UnifiedSocialCreditCode.Problem.FORMAT) {
            errors.put(CREDIT_CODE, Translations.current("intake.error.creditCode.format"));
        } else if (problem == UnifiedSocialCreditCode.Problem.CHECK_CHARACTER) {
            errors.put(CREDIT_CODE, Translations.current("intake.error.creditCode.check"));
        }
        if (isBlank(enterprise.enterpriseName())) {
            errors.put(ENTERPRISE_NAME, Translations.current("intake.error.enterpriseName.missing"));
        } else if (CaseRegistration.enterpriseNameProblem(enterprise.enterpriseName()) != null) {
            errors.put(ENTERPRISE_NAME, CaseRegistration.enterpriseNameProblem(enterprise.enterpriseName()));
        }
        if (enterprise.agentRole() == null) {
            errors.put(AGENT_ROLE, Translations.current("intake.error.agentRole.missing"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
