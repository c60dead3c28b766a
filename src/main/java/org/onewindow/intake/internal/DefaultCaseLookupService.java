package org.onewindow.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseLookup;
import org.onewindow.intake.CaseLookupField;
import org.onewindow.intake.CaseLookupService;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.LookedUpCase;
import org.onewindow.intake.LookupCodeReissued;
import org.onewindow.intake.LookupProperties;
import org.onewindow.intake.LookupRefusedException;
import org.onewindow.intake.LookupRefusedException.Reason;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.intake.MissingMaterials;
import org.onewindow.intake.Outcome;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultCaseLookupService implements CaseLookupService {

    private static final Logger log = LoggerFactory.getLogger(DefaultCaseLookupService.class);
    /** Compared against when the case number is unknown, so that an unknown case costs as much as a wrong code. */
    private static final String NO_CASE_HASH = LookupCodes.hash("no case has this lookup code");
    /** The width of {@code intake_case.case_number}: a longer number is no case's, and is not looked for. */
    private static final int CASE_NUMBER_COLUMN = 32;
    private static final int MAX_CLIENT = 64;

    private final CaseRepository cases;
    private final MaterialsNoticeRepository notices;
    private final LookupFailureStore failures;
    private final LookupProperties properties;
    private final Clock clock;
    private final DateTimeFormatter time;
    private final LookupCodes codes;
    private final ApplicationEventPublisher events;

    DefaultCaseLookupService(CaseRepository cases, MaterialsNoticeRepository notices, LookupFailureStore failures,
            LookupProperties properties, Clock clock, LookupCodes codes, ApplicationEventPublisher events) {
        this.codes = codes;
        this.events = events;
        this.cases = cases;
        this.notices = notices;
        this.failures = failures;
        this.properties = properties;
        this.clock = clock;
        this.time = DateTimeFormatter.ofPattern("HH:mm").withZone(clock.getZone());
    }

    @Override
    public LookedUpCase lookUp(CaseLookup lookup, String client) {
        Map<CaseLookupField, String> errors = CaseLookupValidator.validate(lookup);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        String clientKey = clientKey(client);
        Instant now = clock.instant();
        // A blocked client learns nothing, not even whether this pair would have been right. Requests of one
        // client at the same moment may all pass this check before any of them records its failure: a few
        // guesses over the limit, against 31^8 possible codes, are not worth a lock per client.
        List<Instant> recent = failures.failuresSince(clientKey, now.minus(properties.window()));
        if (recent.size() >= properties.maxFailures()) {
            throw tooMany(recent);
        }
        String number = normalizeCaseNumber(lookup.caseNumber());
        Optional<CaseEntity> found = number.length() > CASE_NUMBER_COLUMN ? Optional.empty()
                : cases.findByCaseNumber(number);
        // The hash is compared whether or not the case exists: the answer and its timing are the same for both.
        boolean codeMatches = LookupCodes.matches(normalizeCode(lookup.lookupCode()),
                found.map(CaseEntity::lookupCodeHash).orElse(NO_CASE_HASH));
        if (found.isEmpty() || !codeMatches) {
            failures.record(clientKey, now);
            if (recent.size() + 1 == properties.maxFailures()) {
                log.info("Progress lookup: client {} reached {} wrong case number/lookup code pairs within {}",
                        clientKey, properties.maxFailures(), properties.window());
            }
            throw new LookupRefusedException(Reason.WRONG_PAIR, null, Translations.current("intake.lookup.wrongPair"));
        }
        return lookedUp(found.get());
    }

    @Override
    @Transactional
    public String reissueLookupCode(String caseNumber, String issuedBy) {
        CaseEntity entity = cases.require(caseNumber);
        String code = codes.newCode();
        entity.replaceLookupCode(LookupCodes.hash(code));
        Instant now = clock.instant();
        events.publishEvent(new LookupCodeReissued(entity.caseNumber(), issuedBy, now));
        log.info("Lookup code of case {} reissued by {}", entity.caseNumber(), issuedBy);
        return code;
    }

    private LookupRefusedException tooMany(List<Instant> recent) {
        // The client may try again once enough failures have aged out to leave it below the limit.
        Instant retryAt = recent.get(properties.maxFailures() - 1).plus(properties.window());
        return new LookupRefusedException(Reason.TOO_MANY_ATTEMPTS, retryAt,
                Translations.current("intake.lookup.tooManyAttempts", time.format(retryAt)));
    }

    private LookedUpCase lookedUp(CaseEntity entity) {
        CaseDetails details = entity.toDetails();
        boolean closed = details.status() == CaseStatus.CLOSED;
        // The decision is the citizen's once it is delivered to them; until the case closes the page says only
        // that it is being delivered, as the result notice is the formal way to learn it.
        Outcome outcome = closed ? details.outcome() : null;
        String reason = (closed && outcome == Outcome.REJECTED) || details.status() == CaseStatus.WITHDRAWN
                ? details.outcomeReason() : null;
        // The citizen reads the page in the language of their request: the item and the materials alike.
        Locale language = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        MissingMaterials missing = details.status() != CaseStatus.WAITING_FOR_MATERIALS ? null
                : notices.findByCaseNumber(details.caseNumber()).stream().filter(MaterialsNoticeEntity::isOpen)
                        .map(MaterialsNoticeEntity::toNotice).reduce((first, second) -> second)
                        .map(notice -> missing(notice, language)).orElse(null);
        return new LookedUpCase(details.caseNumber(), details.serviceItemName(language),
                details.leadDepartmentCode(),
                details.collaboratingDepartmentCodes(), details.status(), details.acceptedAt(), details.dueAt(),
                details.closedAt(), outcome, reason, missing);
    }

    private static MissingMaterials missing(MaterialsNotice notice, Locale language) {
        return new MissingMaterials(notice.missing(language), notice.note(), notice.issuedAt(), notice.bringBy());
    }

    /** Case numbers as printed ({@code OW-20261128-00042}), whatever the case and spacing typed. */
    static String normalizeCaseNumber(String caseNumber) {
        return caseNumber.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** Codes are upper-case letters and digits; people type them in lower case, with spaces or a dash. */
    static String normalizeCode(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String clientKey(String client) {
        if (client == null || client.isBlank()) {
            return "unknown";
        }
        String key = client.trim();
        return key.length() > MAX_CLIENT ? key.substring(0, MAX_CLIENT) : key;
    }
}
