package org.onewindow.exchange.ui;

import org.onewindow.exchange.ExchangeDay;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.exchange.ExchangeService;
import org.onewindow.exchange.RecordStatus;
import org.onewindow.exchange.RecordType;
import org.onewindow.exchange.UnacknowledgedClosing;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
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
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators watch the exchange with the provincial evaluation platform: per day the records sent, pending and
 * failed with the platform's last answer; the records themselves (failed first), each failed one resendable; and the
 * reconciliation: cases closed here whose closing the platform has not acknowledged, and since when. No content of a
 * record is shown: it carries the applicants' identity.
 */
@Route(value = "admin/province", layout = MainLayout.class)
@Menu(title = "exchange.menu.province", order = 91.5, icon = "vaadin:exchange")
@RolesAllowed(AppRoles.ADMIN)
public class ProvinceExchangeView extends VerticalLayout implements HasDynamicTitle {

    static final int DAYS = 30;
    static final int UNACKNOWLEDGED = 200;

    final Grid<ExchangeDay> days = new Grid<>(ExchangeDay.class, false);
    final Select<RecordStatus> status = new Select<>();
    final Grid<ExchangeRecord> records = new Grid<>(ExchangeRecord.class, false);
    final Grid<UnacknowledgedClosing> unacknowledged = new Grid<>(UnacknowledgedClosing.class, false);
    final Span allAcknowledged = new Span();
    private final transient ExchangeService exchange;
    private final transient HallDates dates;

    public ProvinceExchangeView(ExchangeService exchange, HallDates dates) {
        this.exchange = exchange;
        this.dates = dates;
        days.setId("province-days");
        GridColumns.fitting(days);
        days.addColumn(day -> dates.date(day.day())).setKey("day").setHeader(getTranslation("exchange.view.day"))
                .setWidth("8em").setFlexGrow(0);
        days.addColumn(ExchangeDay::sent).setKey("sent").setHeader(getTranslation("exchange.view.sent"))
                .setAutoWidth(true);
        days.addColumn(ExchangeDay::pending).setKey("pending").setHeader(getTranslation("exchange.view.pending"))
                .setAutoWidth(true);
        days.addColumn(ExchangeDay::failed).setKey("failed").setHeader(getTranslation("exchange.view.failed"))
                .setAutoWidth(true);
        GridColumns.name(days.addColumn(ProvinceExchangeView::answer).setKey("lastAnswer")
                .setHeader(getTranslation("exchange.view.lastAnswer")), ProvinceExchangeView::answer);
        days.setAllRowsVisible(true);

        status.setLabel(getTranslation("exchange.view.status"));
        status.setItems(RecordStatus.values());
        status.setItemLabelGenerator(value -> value == null ? getTranslation("exchange.view.all") : statusLabel(value));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("exchange.view.all"));
        status.setId("province-status");
        records.setId("province-records");
        GridColumns.fitting(records);
        records.addColumn(ExchangeRecord::recordId).setKey("recordId")
                .setHeader(getTranslation("exchange.view.recordId")).setWidth("14em").setFlexGrow(0);
        records.addColumn(record -> typeLabel(record.type())).setKey("type")
                .setHeader(getTranslation("exchange.view.type")).setAutoWidth(true);
        records.addColumn(record -> getTranslation("exchange.view.statusWithAttempts", statusLabel(record.status()),
                record.attempts())).setKey("status").setHeader(getTranslation("exchange.view.status"))
                .setAutoWidth(true);
        records.addColumn(record -> dates.dateTime(record.createdAt())).setKey("written")
                .setHeader(getTranslation("exchange.view.written")).setWidth("9em").setFlexGrow(0);
        GridColumns.name(records.addColumn(ProvinceExchangeView::answer).setKey("lastAnswer")
                .setHeader(getTranslation("exchange.view.lastAnswer")), ProvinceExchangeView::answer);
        records.addComponentColumn(this::resendButton).setKey("resend");
        GridColumns.actions(records.getColumnByKey("resend"), "8em");
        records.setItems(query -> exchange.records(status.getValue(), new PageRequest(query.getOffset(),
                query.getLimit())).stream(), query -> Math.toIntExact(exchange.countRecords(status.getValue())));
        status.addValueChangeListener(event -> records.getDataProvider().refreshAll());

        unacknowledged.setId("province-unacknowledged");
        GridColumns.fitting(unacknowledged);
        unacknowledged.addColumn(UnacknowledgedClosing::caseNumber).setKey("case")
                .setHeader(getTranslation("exchange.view.case")).setWidth("11em").setFlexGrow(0);
        unacknowledged.addColumn(closing -> getTranslation("exchange.view.statusWithAttempts",
                statusLabel(closing.status()), closing.attempts())).setKey("status")
                .setHeader(getTranslation("exchange.view.status")).setAutoWidth(true);
        unacknowledged.addColumn(closing -> dates.dateTime(closing.since())).setKey("since")
                .setHeader(getTranslation("exchange.view.since")).setWidth("9em").setFlexGrow(0);
        GridColumns.name(unacknowledged.addColumn(ProvinceExchangeView::answer).setKey("lastAnswer")
                .setHeader(getTranslation("exchange.view.lastAnswer")), ProvinceExchangeView::answer);
        unacknowledged.setAllRowsVisible(true);
        allAcknowledged.setId("province-all-acknowledged");
        allAcknowledged.setText(getTranslation("exchange.view.noneUnacknowledged"));

        add(new H1(getTranslation("exchange.menu.province")), new H2(getTranslation("exchange.view.days")), days,
                new H2(getTranslation("exchange.view.records")), new HorizontalLayout(status), records,
                new H2(getTranslation("exchange.view.unacknowledged")), allAcknowledged, unacknowledged);
        records.setHeight("24em");
        // A failed record is what an administrator came for.
        status.setValue(exchange.countRecords(RecordStatus.FAILED) > 0 ? RecordStatus.FAILED : null);
        refresh();
    }

    private void refresh() {
        days.setItems(exchange.days(DAYS));
        var closings = exchange.unacknowledgedClosings(UNACKNOWLEDGED);
        unacknowledged.setItems(closings);
        unacknowledged.setVisible(!closings.isEmpty());
        allAcknowledged.setVisible(closings.isEmpty());
        records.getDataProvider().refreshAll();
    }

    private com.vaadin.flow.component.Component resendButton(ExchangeRecord record) {
        if (record.status() != RecordStatus.FAILED) {
            return new Span();
        }
        Button resend = new Button(getTranslation("exchange.view.resend"), event -> {
            try {
                exchange.resend(record.recordId());
                Notices.done(getTranslation("exchange.view.resent", record.recordId()));
            } catch (NotFoundException | BusinessRuleException e) {
                Notices.warn(e.getMessage());
            }
            refresh();
        });
        resend.setId("province-resend-" + record.recordId());
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return resend;
    }

    private static String answer(ExchangeDay day) {
        return day.lastAnswer() == null ? "" : day.lastAnswer();
    }

    private static String answer(ExchangeRecord record) {
        return record.lastAnswer() == null ? "" : record.lastAnswer();
    }

    private static String answer(UnacknowledgedClosing closing) {
        return closing.lastAnswer() == null ? "" : closing.lastAnswer();
    }

    String statusLabel(RecordStatus value) {
        return getTranslation("exchange.status." + value.name());
    }

    String typeLabel(RecordType value) {
        return getTranslation("exchange.type." + value.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.view.pageTitle");
    }
}
