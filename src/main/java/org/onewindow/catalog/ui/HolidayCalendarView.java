package org.onewindow.catalog.ui;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.onewindow.catalog.CalendarChange;
import org.onewindow.catalog.CalendarDay;
import org.onewindow.catalog.DayKind;
import org.onewindow.catalog.HolidayCalendarService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators keep the working-day calendar: public holidays and make-up working days, typed in or imported
 * a year at a time from CSV. Every deadline is counted with it; a change re-computes open deadlines.
 */
@Route(value = "admin/calendar", layout = MainLayout.class)
@PageTitle("Holiday calendar | OneWindow")
@Menu(title = "catalog.menu.calendar", order = 90, icon = "vaadin:calendar")
@RolesAllowed(AppRoles.ADMIN)
public class HolidayCalendarView extends VerticalLayout {

    private final transient HolidayCalendarService calendar;
    private final HallDates dates;

    final Select<Integer> year = new Select<>();
    final Grid<CalendarDay> grid = new Grid<>(CalendarDay.class, false);
    final DatePicker addDate = new DatePicker("Date");
    final Select<DayKind> addKind = new Select<>();
    final TextField addName = new TextField("Name");
    final Button add = new Button("Add");
    final UnorderedList changes = new UnorderedList();

    @SuppressWarnings("deprecation") // MemoryBuffer: the UploadHandler API replacing it is new in 24.8
    public HolidayCalendarView(HolidayCalendarService calendar, HallDates dates, Clock clock) {
        this.calendar = calendar;
        this.dates = dates;
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel("Year");
        year.setItems(thisYear - 1, thisYear, thisYear + 1, thisYear + 2);
        year.setValue(thisYear);
        year.setId("calendar-year");
        year.addValueChangeListener(event -> refresh());

        grid.setId("calendar-grid");
        grid.addColumn(day -> day.day() + " " + day.day().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                .setHeader("Date").setAutoWidth(true);
        grid.addColumn(day -> day.kind() == DayKind.HOLIDAY ? "Holiday" : "Make-up working day").setHeader("Kind")
                .setAutoWidth(true);
        grid.addColumn(CalendarDay::name).setHeader("Name").setFlexGrow(1);
        grid.addComponentColumn(day -> {
            Button remove = new Button("Remove", event -> confirmRemove(day));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setId("calendar-remove-" + day.day());
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);

        addDate.setId("calendar-add-date");
        addKind.setLabel("Kind");
        addKind.setItems(DayKind.values());
        addKind.setItemLabelGenerator(kind -> kind == DayKind.HOLIDAY ? "Holiday" : "Make-up working day");
        addKind.setValue(DayKind.HOLIDAY);
        addKind.setId("calendar-add-kind");
        addName.setId("calendar-add-name");
        addName.setMaxLength(100);
        add.setId("calendar-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> addDay());
        HorizontalLayout addForm = new HorizontalLayout(addDate, addKind, addName, add);
        addForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("calendar-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(100 * 1024);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Import the selected year from CSV (date,kind,name)"));
        upload.addSucceededListener(event -> {
            try (var reader = new InputStreamReader(buffer.getInputStream(), StandardCharsets.UTF_8)) {
                int count = calendar.importYear(year.getValue(), reader);
                Notification.show("Imported " + count + " days of " + year.getValue() + ".")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException e) {
                Notification notification = Notification.show("Nothing imported: " + String.join(" ",
                        e.fieldErrors().entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue()).toList()),
                        10000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (java.io.IOException e) {
                Notification.show("The file could not be read.").addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        changes.setId("calendar-changes");

        add(new H2("Holiday calendar"), new Paragraph("Deadlines are counted in working days: Monday to Friday, "
                + "except public holidays, plus the weekend days officially worked. A change here moves the due "
                + "dates of open cases and steps."), year, grid, new H3("Add a day"), addForm, new H3("Import a year"),
                upload, new H3("Recent changes"), changes);
        refresh();
    }

    private void addDay() {
        try {
            calendar.add(new CalendarDay(addDate.getValue(), addKind.getValue(), addName.getValue()));
            Notification.show("Added " + addDate.getValue() + ".").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            addName.clear();
            addDate.clear();
            refresh();
        } catch (BusinessRuleException e) {
            addName.setErrorMessage(e.getMessage());
            addName.setInvalid(true);
        }
    }

    private void confirmRemove(CalendarDay day) {
        ConfirmDialog confirm = new ConfirmDialog("Remove " + day.day() + "?", day.name()
                + " will no longer count; open deadlines are counted again.", "Remove", event -> {
                    try {
                        calendar.remove(day.day());
                        refresh();
                    } catch (NotFoundException e) {
                        Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_WARNING);
                    }
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        grid.setItems(calendar.year(year.getValue()));
        changes.removeAll();
        List<CalendarChange> recent = calendar.recentChanges(10);
        recent.forEach(change -> changes.add(new ListItem(dates.dateTime(change.changedAt()) + " · "
                + change.changedBy() + " · " + change.action() + " · " + change.summary())));
    }
}
