package org.onewindow.reporting.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.ReportFilter;
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

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final ComboBox<Department> department = new ComboBox<>("Department");
    final ComboBox<ServiceItem> item = new ComboBox<>("Service item");
    final Select<String> channel = new Select<>();
    final Select<Granularity> granularity = new Select<>();
    final Button apply = new Button("Show");

    ReportFilterBar(DirectoryService directory, CatalogService catalog, LocalDate today, Runnable onApply) {
        from.setId("report-from");
        to.setId("report-to");
        from.setValue(today.minusDays(89));
        to.setValue(today);
        department.setId("report-department");
        department.setItems(directory.departments());
        department.setItemLabelGenerator(Department::name);
        department.setClearButtonVisible(true);
        department.setPlaceholder("All");
        item.setId("report-item");
        item.setItems(catalog.all());
        item.setItemLabelGenerator(i -> i.code() + " " + i.name());
        item.setClearButtonVisible(true);
        item.setPlaceholder("All");
        item.setWidth("22em");
        channel.setId("report-channel");
        channel.setLabel("Channel");
        channel.setItems("", "WINDOW", "ONLINE");
        channel.setItemLabelGenerator(value -> switch (value) {
            case "WINDOW" -> "At the window";
            case "ONLINE" -> "Online";
            default -> "All";
        });
        channel.setValue("");
        granularity.setId("report-granularity");
        granularity.setLabel("Trend by");
        granularity.setItems(Granularity.values());
        granularity.setItemLabelGenerator(g -> g == Granularity.WEEK ? "Week" : "Month");
        granularity.setValue(Granularity.WEEK);
        apply.setId("report-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(event -> onApply.run());
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(from, to, department, item, channel, granularity, apply);
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
