package org.onewindow.open311.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.catalog.ServiceItem;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.intake.InvalidRegistrationException;
import org.onewindow.intake.RegisteredCase;
import org.onewindow.open311.internal.ApiClient;
import org.onewindow.open311.internal.OnlineRequest;
import org.onewindow.open311.internal.OnlineRequestStore;
import org.onewindow.open311.web.NewRequestValidator.CheckedRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** POST requests: a service request registered as a case of the ONLINE channel. */
@Service
class RequestSubmission {

    private final HallJurisdiction jurisdiction;
    private final GeoServiceCatalog services;
    private final CaseRegistrationService intake;
    private final OnlineRequestStore onlineRequests;
    private final Clock clock;
    private final DateTimeFormatter date;

    RequestSubmission(HallJurisdiction jurisdiction, GeoServiceCatalog services, CaseRegistrationService intake,
            OnlineRequestStore onlineRequests, Clock clock) {
        this.jurisdiction = jurisdiction;
        this.services = services;
        this.intake = intake;
        this.onlineRequests = onlineRequests;
        this.clock = clock;
        this.date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(clock.getZone());
    }

    /** Registers the request as a case of the ONLINE channel, with what it carried besides, in one transaction. */
    @Transactional
    public CreatedRequest submit(ApiClient client, NewRequest request) {
        jurisdiction.check(request.jurisdictionId());
        ServiceItem item = services.item(request.serviceCode());
        CheckedRequest checked = NewRequestValidator.check(item, request);
        Map<String, String> errors = checked.errors();
        // The same checks as at the window, for the values that came; the parameters already refused keep their
        // own message.
        intake.validate(checked.registration())
                .forEach((field, problem) -> NewRequestValidator.addIntakeProblem(errors, field, problem));
        if (!errors.isEmpty()) {
            throw GeoReportException.badRequest(List.copyOf(errors.values()));
        }

        RegisteredCase registered;
        try {
            registered = intake.registerOnline(checked.registration(), "open311:" + client.name());
        } catch (InvalidRegistrationException e) {
            Map<String, String> late = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, problem) -> NewRequestValidator.addIntakeProblem(late, field, problem));
            throw GeoReportException.badRequest(List.copyOf(late.values()));
        }
        onlineRequests.insert(new OnlineRequest(registered.caseNumber(), client.keyId(), client.name(),
                request.jurisdictionId(), request.addressString(), request.addressId(), checked.lat(), checked.lon(),
                request.email(), request.deviceId(), request.accountId(), request.mediaUrl(), clock.instant()));
        return new CreatedRequest(registered.caseNumber(), notice(item, registered), request.accountId());
    }

    private String notice(ServiceItem item, RegisteredCase registered) {
        return "Registered as case " + registered.caseNumber() + ". Please bring these materials to any window of the "
                + "hall for the acceptance review: " + String.join("; ",
                        item.materials().stream().map(material -> material.name(Translations.ENGLISH)).toList())
                + ". The decision is promised within " + GeoServiceCatalog.days(item.timeLimitWorkingDays()) + ", by "
                + date.format(registered.details().dueAt()) + ".";
    }
}
