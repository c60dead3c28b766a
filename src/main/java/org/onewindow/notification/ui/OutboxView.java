package org.onewindow.notification.ui;

import java.util.Set;

import org.onewindow.notification.DispatchState;
import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.MessageStatus;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboxMessage;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.IdNumbers;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.ui.GridColumns;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators watch the outbox: what was sent, what is waiting to be retried, what failed (and retry it); and,
 * when sending is paused for the cluster (a node started with paused-at-start, e.g. after a restore), the pending
 * messages and the action that releases them.
 */
@Route(value = "admin/outbox", layout = MainLayout.class)
@Menu(title = "notification.menu.outbox", order = 91, icon = "vaadin:envelopes")
@RolesAllowed(AppRoles.ADMIN)
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    /** Purposes with a text of their own; messages of other purposes show their code. */
    static final Set<String> NAMED_PURPOSES = Set.of("CASE_ACCEPTED", "MATERIALS_MISSING", "CASE_WITHDRAWN",
            "STEP_ESCALATED", "CASE_CLOSED", "RECTIFICATION_ESCALATED", "RECTIFICATION_FEEDBACK");

    final Select<MessageStatus> status = new Select<>();
    final Grid<OutboxMessage> grid = new Grid<>(OutboxMessage.class, false);
    final Span paused = new Span();
    final Button release = new Button();
    private final HorizontalLayout pausedBar = new HorizontalLayout(paused, release);
    private final transient NotificationService notifications;
    private final transient HallDates dates;

    public OutboxView(NotificationService notifications, HallDates dates) {
        this.notifications = notifications;
        this.dates = dates;
        status.setLabel(getTranslation("notification.outbox.status"));
        status.setItems(MessageStatus.values());
        status.setItemLabelGenerator(
                value -> value == null ? getTranslation("notification.outbox.all") : statusLabel(value));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("notification.outbox.all"));
        status.setId("outbox-status");
        grid.setId("outbox-grid");
        GridColumns.fitting(grid);
        grid.addColumn(message -> dates.dateTime(message.createdAt())).setKey("written")
                .setHeader(getTranslation("notification.outbox.written")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(message -> channelLabel(message.channel())).setKey("channel")
                .setHeader(getTranslation("notification.outbox.channel")).setAutoWidth(true);
        grid.addColumn(message -> message.channel() == MessageChannel.SMS ? IdNumbers.maskPhone(message.recipient())
                : message.recipient()).setKey("to").setHeader(getTranslation("notification.outbox.to"))
                .setWidth("7em").setFlexGrow(1).setTooltipGenerator(message -> message.channel() == MessageChannel.SMS
                        ? IdNumbers.maskPhone(message.recipient()) : message.recipient());
        grid.addColumn(message -> purposeLabel(message.purpose())).setKey("purpose")
                .setHeader(getTranslation("notification.outbox.purpose")).setWidth("6em").setFlexGrow(1)
                .setTooltipGenerator(message -> purposeLabel(message.purpose()));
        grid.addColumn(message -> message.caseNumber() == null ? "" : message.caseNumber()).setKey("case")
                .setHeader(getTranslation("notification.outbox.case")).setWidth("9em").setFlexGrow(0);
        grid.addColumn(message -> getTranslation("notification.outbox.statusWithAttempts",
                statusLabel(message.status()), message.attempts())).setKey("status")
                .setHeader(getTranslation("notification.outbox.status"))
                .setAutoWidth(true);
        grid.addColumn(message -> message.sentAt() != null
                ? getTranslation("notification.outbox.sentAt", dates.dateTime(message.sentAt()))
                : message.status() == MessageStatus.PENDING
                        ? getTranslation("notification.outbox.nextAttempt", dates.dateTime(message.nextAttemptAt()))
                        : "")
                .setKey("when").setHeader(getTranslation("notification.outbox.when")).setWidth("7em")
                .setFlexGrow(0);
        // The text as the service gives it, its numbers and survey tokens masked; whole in the tooltip, since a
        // long SMS or e-mail is cut in the cell.
        grid.addColumn(OutboxView::text).setKey("text").setHeader(getTranslation("notification.outbox.text"))
                .setTooltipGenerator(OutboxView::text).setFlexGrow(3).setWidth("8em");
        grid.addColumn(message -> message.lastError() == null ? "" : message.lastError()).setKey("lastError")
                .setHeader(getTranslation("notification.outbox.lastError"))
                .setTooltipGenerator(message -> message.lastError()).setWidth("6em").setFlexGrow(1);
        grid.addComponentColumn(message -> {
            if (message.status() != MessageStatus.FAILED) {
                return new Span();
            }
            Button retry = new Button(getTranslation("notification.outbox.retry"), event -> {
                try {
                    notifications.retry(message.id());
                    Notices.done(getTranslation("notification.outbox.retried", message.id()));
                } catch (NotFoundException e) {
                    Notices.warn(e.getMessage());
                }
                grid.getDataProvider().refreshAll();
            });
            retry.setId("outbox-retry-" + message.id());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return retry;
        }).setKey("retry");
        GridColumns.actions(grid.getColumnByKey("retry"), "7em");
        grid.setItems(query -> notifications.messages(status.getValue(), new PageRequest(query.getOffset(),
                query.getLimit())).stream(), query -> Math.toIntExact(notifications.countMessages(status.getValue())));
        status.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        paused.setId("outbox-paused");
        release.setText(getTranslation("notification.outbox.release"));
        release.setId("outbox-release");
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        release.addClickListener(event -> releaseSending());
        pausedBar.setAlignItems(Alignment.CENTER);
        add(new H1(getTranslation("notification.menu.outbox")), pausedBar, status, grid);
        setSizeFull();
        showDispatchState();
        if (pausedBar.isVisible()) {
            // Paused to review what would leave: show that first.
            status.setValue(MessageStatus.PENDING);
        }
    }

    private void showDispatchState() {
        DispatchState state = notifications.dispatchState();
        pausedBar.setVisible(state.paused());
        if (state.paused()) {
            paused.setText(getTranslation("notification.outbox.paused",
                    state.changedAt() == null ? "" : dates.dateTime(state.changedAt()),
                    state.changedBy() == null ? "" : state.changedBy(),
                    notifications.countMessages(MessageStatus.PENDING)));
        }
    }

    private void releaseSending() {
        notifications.releaseDispatch();
        Notices.done(getTranslation("notification.outbox.released"));
        showDispatchState();
    }

    /** An e-mail's subject before its text, as a mail program lists it. */
    static String text(OutboxMessage message) {
        return message.subject() == null ? message.body() : message.subject() + " — " + message.body();
    }

    String statusLabel(MessageStatus value) {
        return getTranslation("notification.status." + value.name());
    }

    String channelLabel(MessageChannel channel) {
        return getTranslation("notification.channel." + channel.name());
    }

    String purposeLabel(String purpose) {
        return NAMED_PURPOSES.contains(purpose) ? getTranslation("notification.purpose." + purpose) : purpose;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.outbox.pageTitle");
    }
}
