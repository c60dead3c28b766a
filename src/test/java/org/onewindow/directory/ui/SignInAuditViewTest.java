package org.onewindow.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.directory.SignInAuditService;
import org.onewindow.directory.SignInEvent;
import org.onewindow.directory.SignInEventKind;
import org.onewindow.directory.SignInLock;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.support.MutableClock;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

/** The administrators' sign-in screen: locks in force with a way to lift them, and the audit, newest first. */
class SignInAuditViewTest {

    private static final Instant LOCKED = Instant.parse("2026-12-07T01:00:00Z");
    private static final SignInLock ACCOUNT = new SignInLock(7, SignInLock.Subject.ACCOUNT, "amr.worker", LOCKED,
            LOCKED.plusSeconds(900));
    private static final SignInLock ADDRESS = new SignInLock(8, SignInLock.Subject.ADDRESS, "10.1.2.3", LOCKED,
            LOCKED.plusSeconds(900));

    private final SignInAuditService audit = mock(SignInAuditService.class);
    private SignInAuditView view;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Translations.ENGLISH);
        when(audit.activeLocks()).thenReturn(List.of(ACCOUNT, ADDRESS));
        when(audit.eventCount()).thenReturn(2L);
        List<SignInEvent> events = List.of(
                new SignInEvent(LOCKED, SignInEventKind.ACCOUNT_LOCKED, "amr.worker", "10.1.2.3", null),
                new SignInEvent(LOCKED.minusSeconds(5), SignInEventKind.FAILED, "amr.worker", "10.1.2.3", null));
        when(audit.events(org.mockito.ArgumentMatchers.any())).thenAnswer(call -> {
            PageRequest page = call.getArgument(0);
            return events.subList(Math.min(page.offset(), events.size()),
                    Math.min(page.offset() + page.limit(), events.size()));
        });
        view = new SignInAuditView(audit, new HallDates(new MutableClock(ZoneId.of("Asia/Shanghai"))));
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void showsLocksAndTheAuditInTheHallsTime() {
        assertThat(GridKt._size(view.locks)).isEqualTo(2);
        assertThat(GridKt._getFormatted(view.locks, 0, "subject")).isEqualTo("Name");
        assertThat(GridKt._getFormatted(view.locks, 0, "value")).isEqualTo("amr.worker");
        assertThat(GridKt._getFormatted(view.locks, 1, "subject")).isEqualTo("Address");
        assertThat(GridKt._getFormatted(view.locks, 0, "lockedUntil")).isEqualTo("Dec 7, 2026, 9:15 AM");
        assertThat(GridKt._size(view.events)).isEqualTo(2);
        assertThat(GridKt._getFormatted(view.events, 0, "kind")).isEqualTo("Name locked");
        assertThat(GridKt._getFormatted(view.events, 1, "kind")).isEqualTo("Failed sign-in");
        assertThat(GridKt._getFormatted(view.events, 1, "clientAddress")).isEqualTo("10.1.2.3");
        assertThat(GridKt._getFormatted(view.events, 1, "actor")).isEqualTo("—");
    }

    @Test
    void liftingALockCallsTheServiceAndListsWhatIsLeft() {
        when(audit.activeLocks()).thenReturn(List.of(ADDRESS));
        _click((Button) GridKt._getCellComponent(view.locks, 0, "lift"));
        verify(audit).liftLock(7);
        assertThat(GridKt._size(view.locks)).isEqualTo(1);
        NotificationsKt.expectNotifications("The lock of amr.worker is lifted.");
    }

    @Test
    void aLockThatRanOutMeanwhileIsSaidSo() {
        doThrow(new NotFoundException("This lock is no longer in force: it ran out or was lifted meanwhile."))
                .when(audit).liftLock(8);
        when(audit.activeLocks()).thenReturn(List.of(ACCOUNT));
        _click((Button) GridKt._getCellComponent(view.locks, 1, "lift"));
        NotificationsKt.expectNotifications("This lock is no longer in force: it ran out or was lifted meanwhile.");
        assertThat(GridKt._size(view.locks)).isEqualTo(1);
    }
}
