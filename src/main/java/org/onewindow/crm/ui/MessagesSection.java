package org.onewindow.crm.ui;

import java.util.List;
import java.util.Set;

import org.onewindow.notification.CitizenMessage;
import org.onewindow.shared.ui.HallDates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** The SMS and e-mails sent to the applicant about their cases, with the recipient masked as the outbox keeps it. */
class MessagesSection extends Div {

    /** Purposes of messages to citizens with a text of their own in the notification bundle; others show their code. */
    private static final Set<String> NAMED_PURPOSES = Set.of("CASE_ACCEPTED", "MATERIALS_MISSING", "CASE_WITHDRAWN",
            "CASE_CLOSED", "RECTIFICATION_FEEDBACK");

    MessagesSection(List<CitizenMessage> messages, HallDates dates) {
        setId("file-messages");
        addClassName("case-section");
        add(new H3(getTranslation("crm.messages.title")));
        if (messages.isEmpty()) {
            add(new Paragraph(getTranslation("crm.messages.none")));
            return;
        }
        Grid<CitizenMessage> grid = new Grid<>(CitizenMessage.class, false);
        grid.setId("file-messages-grid");
        grid.addColumn(message -> dates.dateTime(message.createdAt())).setKey("created")
                .setHeader(getTranslation("crm.messages.column.created")).setAutoWidth(true);
        grid.addColumn(CitizenMessage::caseNumber).setKey("case").setHeader(getTranslation("crm.messages.column.case"))
                .setAutoWidth(true);
        grid.addColumn(message -> NAMED_PURPOSES.contains(message.purpose())
                ? getTranslation("notification.purpose." + message.purpose()) : message.purpose())
                .setKey("purpose").setHeader(getTranslation("crm.messages.column.purpose")).setAutoWidth(true);
        grid.addColumn(CitizenMessage::maskedRecipient).setKey("to").setHeader(getTranslation("crm.messages.column.to"))
                .setAutoWidth(true);
        grid.addColumn(message -> getTranslation("notification.status." + message.status().name())).setKey("status")
                .setHeader(getTranslation("crm.messages.column.status")).setAutoWidth(true);
        grid.addColumn(CitizenMessage::body).setKey("text").setHeader(getTranslation("crm.messages.column.text"))
                .setFlexGrow(3);
        grid.setItems(messages);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
