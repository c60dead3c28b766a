package org.onewindow.catalog.ui;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.ServiceItemDraft;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The materials of an item as one field of its form: a grid of rows, each typed in place (names in both languages,
 * required or where it applies, original or copy, copies), added, removed and moved. Its value is the list the
 * service checks; a problem with a row comes back naming the row, shown on the form's message line.
 */
class MaterialsField extends CustomField<List<MaterialRequirement>> {

    /** One row as typed; the record is made from it when the value is read. */
    static final class Row {
        String nameZh = "";
        String nameEn = "";
        boolean required = true;
        boolean original;
        Integer copies = 1;

        MaterialRequirement toRequirement() {
            return new MaterialRequirement(nameZh, nameEn, required, original, copies == null ? 0 : copies);
        }

        static Row of(MaterialRequirement material) {
            Row row = new Row();
            row.nameZh = material.nameZh() == null ? "" : material.nameZh();
            row.nameEn = material.nameEn() == null ? "" : material.nameEn();
            row.required = material.required();
            row.original = material.original();
            row.copies = material.copies();
            return row;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    final Grid<Row> grid = new Grid<>();
    final Button add = new Button();

    MaterialsField(String label) {
        setLabel(label);
        setId("catalog-item-materials");
        grid.setId("catalog-materials-grid");
        grid.addColumn(row -> rows.indexOf(row) + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> text(row.nameZh, value -> row.nameZh = value, "zh", row))
                .setHeader(getTranslation("catalog.material.nameZh")).setFlexGrow(1);
        grid.addComponentColumn(row -> text(row.nameEn, value -> row.nameEn = value, "en", row))
                .setHeader(getTranslation("catalog.material.nameEn")).setFlexGrow(1);
        grid.addComponentColumn(this::required).setHeader(getTranslation("catalog.material.required"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::form).setHeader(getTranslation("catalog.material.form")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::copies).setHeader(getTranslation("catalog.material.copies")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::moves).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        add.setText(getTranslation("catalog.material.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("catalog-material-add");
        add.addClickListener(click -> {
            rows.add(new Row());
            changed();
        });
        VerticalLayout layout = new VerticalLayout(grid, add);
        layout.setPadding(false);
        add(layout);
    }

    private TextField text(String value, java.util.function.Consumer<String> set, String language, Row row) {
        TextField field = new TextField();
        field.setValue(value);
        field.setWidthFull();
        field.setMaxLength(MaterialRequirement.MAX_NAME_LENGTH);
        field.setId("catalog-material-" + language + "-" + (rows.indexOf(row) + 1));
        field.addValueChangeListener(change -> {
            set.accept(change.getValue());
            updateValue();
        });
        return field;
    }

    private Checkbox required(Row row) {
        Checkbox box = new Checkbox(row.required);
        box.setId("catalog-material-required-" + (rows.indexOf(row) + 1));
        box.addValueChangeListener(change -> {
            row.required = change.getValue();
            updateValue();
        });
        return box;
    }

    private Select<Boolean> form(Row row) {
        Select<Boolean> form = new Select<>();
        form.setItems(true, false);
        form.setItemLabelGenerator(original -> getTranslation(
                Boolean.TRUE.equals(original) ? "catalog.material.original" : "catalog.material.copy"));
        form.setValue(row.original);
        form.setId("catalog-material-form-" + (rows.indexOf(row) + 1));
        form.addValueChangeListener(change -> {
            row.original = Boolean.TRUE.equals(change.getValue());
            updateValue();
        });
        return form;
    }

    private IntegerField copies(Row row) {
        IntegerField copies = new IntegerField();
        copies.setValue(row.copies);
        copies.setMin(1);
        copies.setMax(MaterialRequirement.MAX_COPIES);
        copies.setStepButtonsVisible(true);
        copies.setWidth("7em");
        copies.setId("catalog-material-copies-" + (rows.indexOf(row) + 1));
        copies.addValueChangeListener(change -> {
            row.copies = change.getValue();
            updateValue();
        });
        return copies;
    }

    private HorizontalLayout moves(Row row) {
        int index = rows.indexOf(row);
        Button up = small(VaadinIcon.ARROW_UP, "catalog.material.up", "catalog-material-up-" + (index + 1),
                () -> swap(index, index - 1));
        up.setEnabled(index > 0);
        Button down = small(VaadinIcon.ARROW_DOWN, "catalog.material.down", "catalog-material-down-" + (index + 1),
                () -> swap(index, index + 1));
        down.setEnabled(index < rows.size() - 1);
        Button remove = small(VaadinIcon.TRASH, "catalog.material.remove", "catalog-material-remove-" + (index + 1),
                () -> {
                    rows.remove(index);
                    changed();
                });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(up, down, remove);
    }

    private Button small(VaadinIcon icon, String key, String id, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        button.setId(id);
        return button;
    }

    private void swap(int from, int to) {
        if (to < 0 || to >= rows.size()) {
            return;
        }
        Row moved = rows.get(from);
        rows.set(from, rows.get(to));
        rows.set(to, moved);
        changed();
    }

    private void changed() {
        grid.setItems(new ArrayList<>(rows));
        updateValue();
        add.setEnabled(rows.size() < ServiceItemDraft.MAX_MATERIALS);
    }

    /** The rows as they are typed, for tests and for the form. */
    List<Row> rows() {
        return rows;
    }

    @Override
    protected List<MaterialRequirement> generateModelValue() {
        return rows.stream().map(Row::toRequirement).toList();
    }

    @Override
    protected void setPresentationValue(List<MaterialRequirement> materials) {
        rows.clear();
        if (materials != null) {
            materials.forEach(material -> rows.add(Row.of(material)));
        }
        grid.setItems(new ArrayList<>(rows));
    }
}
