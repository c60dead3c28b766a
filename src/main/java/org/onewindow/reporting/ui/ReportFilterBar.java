package org.onewindow.reporting.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.ReportFilter;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.shared.InvalidInputException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/** The filters every report shares: date range, department, service item, intake channel, trend grouping. */
class ReportFilterBar extends HorizontalLayout {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<Department> department = new ComboBox<>();
    final ComboBox<ServiceItem> item = new ComboBox<>();
    final Select<String> channel = new Select<>();
    final Select<Granularity> granularity = new Select<>();
    final Button apply = new Button();

    ReportFilterBar(ReportTexts texts, DirectoryService directory, CatalogService catalog, LocalDate today,
            Runnable onApply) {
        from.setLabel(texts.t("reporting.filter.from"));
        to.setLabel(texts.t("reporting.filter.to"));
        for (DatePicker picker : List.of(from, to)) {
            // Dates written and read as the reader does (2025/3/1 or 3/1/2025), the calendar in their language.
            picker.setLocale(texts.locale());
            picker.setI18n(calendar(texts));
        }
        department.setLabel(texts.t("reporting.filter.department"));
        item.setLabel(texts.t("reporting.filter.item"));
        apply.setText(texts.t("reporting.filter.apply"));
        from.setId("report-from");
        to.setId("report-to");
        from.setValue(today.minusDays(89));
        to.setValue(today);
        department.setId("report-department");
        department.setItems(directory.departments());
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        department.setClearButtonVisible(true);
        department.setPlaceholder(texts.t("reporting.filter.all"));
        item.setId("report-item");
        item.setItems(catalog.all());
        item.setItemLabelGenerator(i -> i.code() + " " + i.name());
        item.setClearButtonVisible(true);
        item.setPlaceholder(texts.t("reporting.filter.all"));
        item.setWidth("22em");
        channel.setId("report-channel");
        channel.setLabel(texts.t("reporting.filter.channel"));
        channel.setItems("", "WINDOW", "ONLINE");
        channel.setItemLabelGenerator(
                value -> value.isEmpty() ? texts.t("reporting.filter.all") : texts.channel(value));
        channel.setValue("");
        granularity.setId("report-granularity");
        granularity.setLabel(texts.t("reporting.filter.granularity"));
        granularity.setItems(Granularity.values());
        granularity.setItemLabelGenerator(texts::granularity);
        granularity.setValue(Granularity.WEEK);
        apply.setId("report-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(event -> onApply.run());
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(from, to, department, item, channel, granularity, apply);
    }

    /** The calendar's names in the reader's language; weeks start on Monday, as the hall's and the reports' do. */
    private static DatePicker.DatePickerI18n calendar(ReportTexts texts) {
        List<DayOfWeek> sundayFirst = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Stream.of(DayOfWeek.values()).limit(6)).toList();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Stream.of(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, texts.locale())).toList())
                .setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, texts.locale())).toList())
                .setWeekdaysShort(sundayFirst.stream().map(texts::weekday).toList())
                .setFirstDayOfWeek(1)
                .setToday(texts.t("reporting.filter.today"))
                .setCancel(texts.t("reporting.filter.cancel"))
                .setBadInputErrorMessage(texts.t("reporting.filter.error.badDate"));
    }

    /** The filter as entered; the service validates it and {@link #showErrors} puts its messages on the fields. */
    ReportFilter value() {
        clearErrors();
        return new ReportFilter(from.getValue(), to.getValue(),
                department.getValue() == null ? null : department.getValue().code(),
                item.getValue() == null ? null : item.getValue().code(),
                channel.getValue() == null || channel.getValue().isEmpty() ? null : channel.getValue());
    }

    Granularity granularity() {
        return granularity.getValue() == null ? Granularity.WEEK : granularity.getValue();
    }

    void showErrors(InvalidInputException e) {
        Map<String, HasValidation> fields = Map.of("from", from, "to", to);
        e.fieldErrors().forEach((field, message) -> {
            HasValidation target = fields.getOrDefault(field, to);
            target.setErrorMessage(message);
            target.setInvalid(true);
        });
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(from, to)) {
            field.setInvalid(false);
        }
    }
}
