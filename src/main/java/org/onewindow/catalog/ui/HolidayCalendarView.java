package org.onewindow.catalog.ui;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;

import org.onewindow.catalog.CalendarChange;
import org.onewindow.catalog.CalendarDay;
import org.onewindow.catalog.DayKind;
import org.onewindow.catalog.HolidayCalendarService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.Notices;
import org.onewindow.shared.ui.UiFormats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators keep the working-day calendar: public holidays and make-up working days, typed in or imported
 * a year at a time from CSV. Every deadline is counted with it; a change re-computes open deadlines.
 */
@Route(value = "admin/calendar", layout = MainLayout.class)
@Menu(title = "catalog.menu.calendar", order = 90, icon = "vaadin:calendar")
@RolesAllowed(AppRoles.ADMIN)
public class HolidayCalendarView extends VerticalLayout implements HasDynamicTitle {

    private final transient HolidayCalendarService calendar;
    private final HallDates dates;

    final Select<Integer> year = new Select<>();
    final Grid<CalendarDay> grid = new Grid<>(CalendarDay.class, false);
    final DatePicker addDate = new DatePicker(getTranslation("catalog.calendar.date"));
    final Select<DayKind> addKind = new Select<>();
    final TextField addName = new TextField(getTranslation("catalog.calendar.name"));
    final Button add = new Button(getTranslation("catalog.calendar.add"));
    /** Refusals of the new day that no field shows. */
    final Paragraph addMessage = new Paragraph();
    private final Binder<CalendarDay> addBinder = new Binder<>(CalendarDay.class);
    final UnorderedList changes = new UnorderedList();

    @SuppressWarnings("deprecation") // MemoryBuffer: the UploadHandler API replacing it is new in 24.8
    public HolidayCalendarView(HolidayCalendarService calendar, HallDates dates, Clock clock) {
        this.calendar = calendar;
        this.dates = dates;
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("catalog.calendar.year"));
        year.setItems(thisYear - 1, thisYear, thisYear + 1, thisYear + 2);
        year.setValue(thisYear);
        year.setId("calendar-year");
        year.addValueChangeListener(event -> refresh());

        grid.setId("calendar-grid");
        grid.addColumn(day -> dates.date(day.day()) + " "
                + day.day().getDayOfWeek().getDisplayName(TextStyle.SHORT, UiFormats.locale()))
                .setKey("date").setHeader(getTranslation("catalog.calendar.date")).setAutoWidth(true);
        grid.addColumn(day -> kindLabel(day.kind())).setKey("kind").setHeader(getTranslation("catalog.calendar.kind"))
                .setAutoWidth(true);
        grid.addColumn(CalendarDay::name).setKey("name").setHeader(getTranslation("catalog.calendar.name"))
                .setFlexGrow(1);
        grid.addComponentColumn(day -> {
            Button remove = new Button(getTranslation("catalog.calendar.remove"), event -> confirmRemove(day));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setId("calendar-remove-" + day.day());
            return remove;
        }).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);

        addDate.setId("calendar-add-date");
        addDate.setLocale(UiFormats.locale());
        addKind.setLabel(getTranslation("catalog.calendar.kind"));
        addKind.setItems(DayKind.values());
        addKind.setItemLabelGenerator(this::kindLabel);
        addKind.setValue(DayKind.HOLIDAY);
        addKind.setId("calendar-add-kind");
        addName.setId("calendar-add-name");
        addName.setMaxLength(CalendarDay.MAX_NAME_LENGTH);
        FormErrors.messageLine(addMessage, "calendar-add-message");
        addBinder.forField(addDate).bind("day");
        addBinder.forField(addKind).bind("kind");
        addBinder.forField(addName).bind("name");
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
        upload.setUploadButton(new Button(getTranslation("catalog.calendar.upload")));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("catalog.calendar.uploadHint")));
        upload.addSucceededListener(event -> {
            try (var reader = new InputStreamReader(buffer.getInputStream(), StandardCharsets.UTF_8)) {
                int count = calendar.importYear(year.getValue(), reader);
                Notices.done(getTranslation("catalog.calendar.imported", count, year.getValue()));
                refresh();
            } catch (InvalidInputException e) {
                Notices.error(getTranslation("catalog.calendar.nothingImported",
                        String.join(" ", e.fieldErrors().entrySet().stream().map(this::importProblem).toList())));
            } catch (java.io.IOException e) {
                Notices.error(getTranslation("catalog.calendar.unreadable"));
            }
        });
        changes.setId("calendar-changes");

        add(new H1(getTranslation("catalog.menu.calendar")), new Paragraph(getTranslation("catalog.calendar.intro")),
                year, grid, new H3(getTranslation("catalog.calendar.addDay")), addForm, addMessage,
                new H3(getTranslation("catalog.calendar.importYear")), upload,
                new H3(getTranslation("catalog.calendar.recentChanges")), changes);
        refresh();
    }

    private void addDay() {
        addMessage.setVisible(false);
        try {
            CalendarDay added = calendar.add(addBinder.writeRecord());
            Notices.done(getTranslation("catalog.calendar.added", dates.date(added.day())));
            addName.clear();
            addDate.clear();
            refresh();
        } catch (ValidationException notSent) {
            // Nothing the fields check by themselves; the calendar's rules say what is wrong.
        } catch (InvalidInputException refused) {
            Map<String, String> unplaced = FormErrors.show(addBinder, refused);
            if (!unplaced.isEmpty()) {
                addMessage.setText(String.join(" ", unplaced.values()));
                addMessage.setVisible(true);
            }
        }
    }

    private void confirmRemove(CalendarDay day) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("catalog.calendar.removeTitle", dates.date(day.day())),
                getTranslation("catalog.calendar.removeText", day.name()), getTranslation("catalog.calendar.remove"),
                event -> {
                    try {
                        calendar.remove(day.day());
                        refresh();
                    } catch (NotFoundException e) {
                        Notices.warn(e.getMessage());
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("catalog.calendar.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        grid.setItems(calendar.year(year.getValue()));
        changes.removeAll();
        List<CalendarChange> recent = calendar.recentChanges(10);
        recent.forEach(change -> changes.add(new ListItem(dates.dateTime(change.changedAt()) + " · "
                + change.changedBy() + " · " + getTranslation("catalog.change." + change.action()) + " · "
                + change.summary())));
    }

    String kindLabel(DayKind kind) {
        return getTranslation("catalog.dayKind." + kind.name());
    }

    /** The import's problems are keyed "line N" (or "file"); the line is named in the screen's language. */
    private String importProblem(Map.Entry<String, String> problem) {
        String where = problem.getKey().startsWith("line ")
                ? getTranslation("catalog.calendar.line", problem.getKey().substring("line ".length()))
                : getTranslation("catalog.calendar.file");
        return getTranslation("catalog.calendar.problem", where, problem.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.calendar.pageTitle");
    }
}
