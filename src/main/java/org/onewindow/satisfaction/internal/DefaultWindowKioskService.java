package org.onewindow.satisfaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.directory.CurrentStaff;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.StaffMember;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.KioskCase;
import org.onewindow.satisfaction.KioskPairing;
import org.onewindow.satisfaction.KioskUnavailableException;
import org.onewindow.satisfaction.SatisfactionProperties;
import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.SurveyAnswers;
import org.onewindow.satisfaction.SurveyUnavailableException;
import org.onewindow.satisfaction.SurveyUnavailableException.Reason;
import org.onewindow.satisfaction.WindowKiosk;
import org.onewindow.satisfaction.WindowKioskService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.HallClock;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

@Service
@Transactional
class DefaultWindowKioskService implements WindowKioskService {

    /** Closings looked at per poll: a window closes a handful of cases within the kiosk window. */
    private static final int CANDIDATES = 20;

    private final KioskPairingStore pairings;
    private final SurveyStore store;
    private final Invitations invitations;
    private final AnswerRecorder recorder;
    private final CaseRecordService intake;
    private final DirectoryService directory;
    private final CurrentStaff currentStaff;
    private final SatisfactionProperties properties;
    private final HallClock hallClock;
    private final Clock clock;

    DefaultWindowKioskService(KioskPairingStore pairings, SurveyStore store, Invitations invitations,
            AnswerRecorder recorder, CaseRecordService intake, DirectoryService directory, CurrentStaff currentStaff,
            SatisfactionProperties properties, HallClock hallClock, Clock clock) {
        this.pairings = pairings;
        this.store = store;
        this.invitations = invitations;
        this.recorder = recorder;
        this.intake = intake;
        this.directory = directory;
        this.currentStaff = currentStaff;
        this.properties = properties;
        this.hallClock = hallClock;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(AppRoles.FRONT_DESK)
    public KioskPairing pair() {
        StaffMember staff = currentStaff.require();
        Instant now = clock.instant();
        // The kiosk works for the day it was paired on, in the hall's zone: each morning starts afresh.
        ZoneId zone = hallClock.hallZone();
        Instant endOfDay = now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        String key = SurveyTokens.newToken();
        pairings.revokeAll(staff.username(), now);
        pairings.insert(staff.username(), SurveyTokens.hash(key), now, endOfDay);
        return new KioskPairing(properties.publicBaseUrl() + "/kiosk/" + key, directory.staffName(staff.username()),
                endOfDay);
    }

    @Override
    @Transactional(readOnly = true)
    public WindowKiosk open(String kioskKey) {
        String staff = valid(kioskKey).staffUsername();
        // The name in the kiosk's language, which the citizen chooses there.
        return new WindowKiosk(directory.staffName(staff),
                pending(staff).orElse(null));
    }

    @Override
    public void submit(String kioskKey, String caseNumber, SurveyAnswers answers) {
        if (currentStaff.find().isPresent()) {
            // The kiosk is the citizen's: staff must not rate their own window, not even from its page.
            throw new SurveyUnavailableException(Reason.STAFF, Translations.current("satisfaction.error.survey.staff"));
        }
        SurveyStore.Invitation invitation = invitationAtThisWindow(valid(kioskKey), caseNumber);
        if (invitation.answeredAt() != null) {
            throw new SurveyUnavailableException(Reason.USED, Translations.current("satisfaction.error.survey.used"));
        }
        if (clock.instant().isAfter(invitation.expiresAt())) {
            throw new SurveyUnavailableException(Reason.EXPIRED,
                    Translations.current("satisfaction.error.survey.expired"));
        }
        recorder.answered(invitation, answers, AnswerChannel.KIOSK, EvaluationChannel.WINDOW);
    }

    @Override
    public void dismiss(String kioskKey, String caseNumber) {
        SurveyStore.Invitation invitation = invitationAtThisWindow(valid(kioskKey), caseNumber);
        store.markKioskDismissed(invitation.id(), clock.instant());
    }

    /**
     * The newest closing of the staff member within the kiosk window that still waits for a rating. Read from
     * the case record, not from the invitations: the kiosk must not wait for the follow-up's asynchronous
     * first step, since the citizen is still standing at the window.
     */
    private Optional<KioskCase> pending(String staffUsername) {
        List<CaseDetails> closings = intake.casesDeliveredBy(staffUsername,
                clock.instant().minus(properties.kioskWindow()), CANDIDATES);
        Map<String, SurveyStore.Invitation> invitationsByCase = store.findByCases(
                closings.stream().map(CaseDetails::caseNumber).toList());
        return closings.stream().filter(closed -> {
            SurveyStore.Invitation invitation = invitationsByCase.get(closed.caseNumber());
            return invitation == null || invitation.answeredAt() == null && invitation.kioskDismissedAt() == null;
        }).findFirst().map(closed -> new KioskCase(closed.caseNumber(), closed.serviceItemName(), closed.closedAt(),
                closed.serviceItemName(Translations.ENGLISH)));
    }

    /** The invitation of a case closed by the kiosk's staff member, created if the follow-up has not yet. */
    private SurveyStore.Invitation invitationAtThisWindow(KioskPairingStore.Pairing pairing, String caseNumber) {
        CaseDetails details = caseNumber == null ? null : intake.caseDetails(caseNumber)
                .filter(closed -> closed.status() == CaseStatus.CLOSED)
                .filter(closed -> pairing.staffUsername().equals(closed.deliveredBy())).orElse(null);
        if (details == null) {
            throw new SurveyUnavailableException(Reason.UNKNOWN,
                    Translations.current("satisfaction.error.kiosk.notThisWindow"));
        }
        return invitations.ensure(details);
    }

    private KioskPairingStore.Pairing valid(String kioskKey) {
        KioskPairingStore.Pairing pairing = kioskKey == null ? null
                : pairings.findByKeyHash(SurveyTokens.hash(kioskKey)).orElse(null);
        if (pairing == null) {
            throw new KioskUnavailableException(KioskUnavailableException.Reason.UNKNOWN,
                    Translations.current("satisfaction.error.kiosk.unknown"));
        }
        if (pairing.revokedAt() != null) {
            throw new KioskUnavailableException(KioskUnavailableException.Reason.REVOKED,
                    Translations.current("satisfaction.error.kiosk.revoked"));
        }
        if (!clock.instant().isBefore(pairing.expiresAt())) {
            throw new KioskUnavailableException(KioskUnavailableException.Reason.EXPIRED,
                    Translations.current("satisfaction.error.kiosk.expired"));
        }
        return pairing;
    }
}
