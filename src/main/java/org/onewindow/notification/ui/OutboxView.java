package org.onewindow.notification.ui;

import org.onewindow.notification.MessageStatus;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboxMessage;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.IdNumbers;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Administrators watch the outbox: what was sent, what is waiting to be retried, what failed (and retry it). */
@Route(value = "admin/outbox", layout = MainLayout.class)
@PageTitle("Outbox | OneWindow")
@Menu(title = "notification.menu.outbox", order = 91, icon = "vaadin:envelopes")
@RolesAllowed(AppRoles.ADMIN)
public class OutboxView extends VerticalLayout {

    final Select<MessageStatus> status = new Select<>();
    final Grid<OutboxMessage> grid = new Grid<>(OutboxMessage.class, false);

    public OutboxView(NotificationService notifications, HallDates dates) {
        status.setLabel("Status");
        status.setItems(MessageStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All");
        status.setId("outbox-status");
        grid.setId("outbox-grid");
        grid.addColumn(message -> dates.dateTime(message.createdAt())).setHeader("Written").setAutoWidth(true);
        grid.addColumn(message -> message.channel().name()).setHeader("Channel").setAutoWidth(true);
        grid.addColumn(message -> message.channel().name().equals("SMS") ? IdNumbers.maskPhone(message.recipient())
                : message.recipient()).setHeader("To").setAutoWidth(true);
        grid.addColumn(OutboxMessage::purpose).setHeader("Purpose").setAutoWidth(true);
        grid.addColumn(message -> message.caseNumber() == null ? "" : message.caseNumber()).setHeader("Case")
                .setAutoWidth(true);
        grid.addColumn(message -> message.status().name() + " (" + message.attempts() + ")").setHeader("Status")
                .setAutoWidth(true);
        grid.addColumn(message -> message.sentAt() != null ? "sent " + dates.dateTime(message.sentAt())
                : message.status() == MessageStatus.PENDING ? "next " + dates.dateTime(message.nextAttemptAt()) : "")
                .setHeader("When").setAutoWidth(true);
        grid.addColumn(message -> message.lastError() == null ? "" : message.lastError()).setHeader("Last error")
                .setTooltipGenerator(message -> message.body());
        grid.addComponentColumn(message -> {
            if (message.status() != MessageStatus.FAILED) {
                return new Span();
            }
            Button retry = new Button("Retry", event -> {
                try {
                    notifications.retry(message.id());
                    Notification.show("Message " + message.id() + " will be sent again.")
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } catch (NotFoundException e) {
                    Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_WARNING);
                }
                grid.getDataProvider().refreshAll();
            });
            retry.setId("outbox-retry-" + message.id());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return retry;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> notifications.messages(status.getValue(), new PageRequest(query.getOffset(),
                query.getLimit())).stream(), query -> Math.toIntExact(notifications.countMessages(status.getValue())));
        status.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        add(new H2("Message outbox"), status, grid);
        setSizeFull();
    }
}
