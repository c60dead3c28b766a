package org.onewindow.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.exchange.ExchangeDay;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.exchange.ExchangeService;
import org.onewindow.exchange.RecordStatus;
import org.onewindow.exchange.RecordType;
import org.onewindow.exchange.UnacknowledgedClosing;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.HallDates;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

/**
 * The administrators' screen of the provincial exchange in both languages: figures per day with the platform's last
 * answer, the failed records first with their resend, and the closings the platform has not acknowledged.
 */
class ProvinceExchangeViewTest {

    private static final Instant WRITTEN = Instant.parse("2026-11-28T07:05:00Z");
    private final ExchangeService exchange = mock(ExchangeService.class);
    private final HallDates dates = new HallDates(Clock.fixed(WRITTEN, ZoneId.of("Asia/Shanghai")));
    private final ExchangeRecord failed = new ExchangeRecord("OW-20261128-00001-CLS", RecordType.CASE_CLOSED,
            "OW-20261128-00001", RecordStatus.FAILED, 1, "REJECTED E201: implementingListCode missing", WRITTEN,
            WRITTEN, null);

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        when(exchange.days(anyInt())).thenReturn(List.of(
                new ExchangeDay(LocalDate.of(2026, 11, 28), 120, 3, 1, "200 ACCEPTED"),
                new ExchangeDay(LocalDate.of(2026, 11, 27), 98, 0, 0, null)));
        when(exchange.countRecords(any())).thenReturn(1L);
        when(exchange.records(any(), any())).thenAnswer(call -> {
            PageRequest page = call.getArgument(1);
            return page.offset() == 0 ? List.of(failed) : List.of();
        });
        when(exchange.unacknowledgedClosings(anyInt())).thenReturn(List.of(new UnacknowledgedClosing(
                "OW-20261128-00001", RecordStatus.FAILED, 1, "REJECTED E201: implementingListCode missing", WRITTEN)));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theExchangeInEnglish() {
        ProvinceExchangeView view = open(Translations.ENGLISH);

        assertThat(view.getPageTitle()).isEqualTo("Provincial platform | OneWindow");
        assertThat(GridKt._getFormatted(view.days, 0, "day")).isEqualTo("Nov 28, 2026");
        assertThat(GridKt._getFormatted(view.days, 0, "sent")).isEqualTo("120");
        assertThat(GridKt._getFormatted(view.days, 0, "pending")).isEqualTo("3");
        assertThat(GridKt._getFormatted(view.days, 0, "failed")).isEqualTo("1");
        assertThat(GridKt._getFormatted(view.days, 0, "lastAnswer")).isEqualTo("200 ACCEPTED");
        // Failed records are what the administrator came for: shown first.
        assertThat(view.status.getValue()).isEqualTo(RecordStatus.FAILED);
        assertThat(GridKt._getFormatted(view.records, 0, "recordId")).isEqualTo("OW-20261128-00001-CLS");
        assertThat(GridKt._getFormatted(view.records, 0, "type")).isEqualTo("Case closed");
        assertThat(GridKt._getFormatted(view.records, 0, "status")).isEqualTo("Failed (1)");
        assertThat(GridKt._getFormatted(view.records, 0, "lastAnswer"))
                .isEqualTo("REJECTED E201: implementingListCode missing");
        assertThat(GridKt._getFormatted(view.unacknowledged, 0, "case")).isEqualTo("OW-20261128-00001");
        assertThat(GridKt._getFormatted(view.unacknowledged, 0, "since")).isEqualTo("Nov 28, 2026, 3:05 PM");
        assertThat(view.allAcknowledged.isVisible()).isFalse();
    }

    @Test
    void theExchangeInChinese() {
        ProvinceExchangeView view = open(Translations.CHINESE);

        assertThat(view.getPageTitle()).isEqualTo("省好差评平台 | 一窗通办");
        assertThat(GridKt._getFormatted(view.records, 0, "type")).isEqualTo("办结");
        assertThat(GridKt._getFormatted(view.records, 0, "status")).isEqualTo("失败（已尝试1次）");
        assertThat(view.days.getColumnByKey("lastAnswer").getHeaderText()).isEqualTo("平台最近答复");
    }

    @Test
    void aFailedRecordIsResentAndTheScreenSaysSo() {
        ProvinceExchangeView view = open(Translations.ENGLISH);
        GridKt._clickRenderer(view.records, 0, "resend");

        verify(exchange).resend("OW-20261128-00001-CLS");
        NotificationsKt.expectNotifications("Record OW-20261128-00001-CLS will be sent again with the next round.");
    }

    @Test
    void aResendBeatenBySomeoneElseIsAWarning() {
        doThrow(new BusinessRuleException("Record OW-20261128-00001-CLS was not refused (any more)."))
                .when(exchange).resend(eq("OW-20261128-00001-CLS"));
        ProvinceExchangeView view = open(Translations.ENGLISH);
        Button resend = (Button) GridKt._getCellComponent(view.records, 0, "resend");
        assertThat(resend.getId()).contains("province-resend-OW-20261128-00001-CLS");
        resend.click();

        NotificationsKt.expectNotifications("Record OW-20261128-00001-CLS was not refused (any more).");
    }

    @Test
    void everyStatusAndKindHasATextInBothLanguages() {
        when(exchange.unacknowledgedClosings(anyInt())).thenReturn(List.of());
        for (Locale locale : Translations.LOCALES) {
            ProvinceExchangeView view = open(locale);
            for (RecordStatus status : RecordStatus.values()) {
                assertThat(view.statusLabel(status)).doesNotStartWith("!").isNotEqualTo(status.name());
            }
            for (RecordType type : RecordType.values()) {
                assertThat(view.typeLabel(type)).doesNotStartWith("!").isNotEqualTo(type.name());
            }
            assertThat(view.allAcknowledged.isVisible()).isTrue();
            assertThat(view.getElement().getTextRecursively()).doesNotContain("!");
        }
    }

    private ProvinceExchangeView open(Locale locale) {
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().removeAll();
        ProvinceExchangeView view = new ProvinceExchangeView(exchange, dates);
        UI.getCurrent().add(view);
        return view;
    }
}
