package org.onewindow.open311.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onewindow.casework.OpenStepsOfCase;
import org.onewindow.casework.OpenStepsService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Outcome;
import org.onewindow.intake.PublicCaseStatus;
import org.springframework.stereotype.Component;

/** Cases as service requests whose public face carries nothing about the citizen: where they stand, in fixed words. */
@Component
class PublicServiceRequests {

    private final OpenStepsService progress;
    private final DirectoryService directory;
    private final DateTimeFormatter dateTime;

    PublicServiceRequests(OpenStepsService progress, DirectoryService directory, Clock clock) {
        this.progress = progress;
        this.directory = directory;
        this.dateTime = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(clock.getZone());
    }

    List<ServiceRequest> of(List<PublicCaseStatus> cases) {
        Map<String, OpenStepsOfCase> steps = progress.progress(cases.stream().filter(c -> c.status().isOpen())
                .map(PublicCaseStatus::caseNumber).toList());
        return cases.stream().map(c -> of(c, steps.get(c.caseNumber()))).toList();
    }

    private ServiceRequest of(PublicCaseStatus c, OpenStepsOfCase steps) {
        Instant updated = c.status().isOpen()
                ? steps == null || steps.since().isBefore(c.acceptedAt()) ? c.acceptedAt() : steps.since()
                : c.closedAt();
        return new ServiceRequest(c.caseNumber(), c.status().isOpen() ? "open" : "closed", statusNotes(c, steps),
                // GeoReport answers are English (EnglishResponses), the item's name and the department's alike.
                c.serviceItemName(Locale.ENGLISH), c.serviceItemCode(), null,
                directory.departmentName(c.leadDepartmentCode(), Locale.ENGLISH), null,
                format(c.acceptedAt()), format(updated), format(c.dueAt()), null, null, null, null, null, null);
    }

    /** From fixed phrases only: the reasons staff write may name the citizen. */
    private static String statusNotes(PublicCaseStatus c, OpenStepsOfCase steps) {
        if (c.status() == CaseStatus.CLOSED) {
            return c.outcome() == Outcome.APPROVED ? "Closed: approved, and the result was delivered."
                    : c.outcome() == Outcome.REJECTED
                            ? "Closed: rejected; the applicant was given the reasons in writing."
                            : "Closed.";
        }
        if (c.status() == CaseStatus.WITHDRAWN) {
            return "Withdrawn: the missing materials were not brought in time.";
        }
        if (c.status() == CaseStatus.WAITING_FOR_MATERIALS) {
            return "Waiting for missing materials from the applicant; the time limit stops meanwhile.";
        }
        if (steps == null) {
            return "In progress.";
        }
        return "In progress: " + String.join(", ", steps.openSteps()) + ".";
    }

    private String format(Instant instant) {
        return instant == null ? null : dateTime.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
