package org.onewindow.open311.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.casework.OpenStepsService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Channel;
import org.onewindow.intake.PublicCaseStatus;
import org.onewindow.shared.i18n.Translations;

/** GeoReport answers are English: the item and the department are named in English, whatever the case keeps. */
class PublicServiceRequestsTest {

    @Test
    void namesTheItemAndTheDepartmentInEnglish() {
        OpenStepsService steps = mock(OpenStepsService.class);
        when(steps.progress(any())).thenReturn(Map.of());
        DirectoryService directory = mock(DirectoryService.class);
        when(directory.departmentName("AMR", Locale.ENGLISH)).thenReturn("Market Regulation Bureau");
        when(directory.departmentName("AMR", Translations.CHINESE)).thenReturn("市场监督管理局");
        when(directory.departmentName("AMR")).thenReturn("市场监督管理局"); // as a Chinese request's context would
        PublicServiceRequests requests = new PublicServiceRequests(steps, directory,
                Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));
        Instant accepted = Instant.parse("2026-11-28T02:00:00Z");
        PublicCaseStatus status = new PublicCaseStatus("OW-20261128-00042", "AMR-003", "公司设立登记", "AMR",
                Channel.ONLINE, CaseStatus.IN_REVIEW, null, accepted, accepted.plusSeconds(86_400), null,
                "Company establishment registration");

        ServiceRequest request = requests.of(List.of(status)).get(0);

        assertThat(request.serviceName()).isEqualTo("Company establishment registration");
        assertThat(request.agencyResponsible()).isEqualTo("Market Regulation Bureau");
    }
}
