package org.onewindow.satisfaction.ui;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.satisfaction.Indicator;
import org.onewindow.satisfaction.IndicatorSetDraft;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A draft's indicators in the order asked, one row each (code, Chinese name, English name), to add, remove, rename
 * and move up or down. Its value is the list as the rows show it; the service says what is wrong with it, on this
 * field.
 */
class IndicatorListField extends CustomField<List<Indicator>> {

    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> shown = new ArrayList<>();
    final Button add = new Button(getTranslation("satisfaction.indicators.add"), VaadinIcon.PLUS.create());

    IndicatorListField() {
        setLabel(getTranslation("satisfaction.indicators.indicators"));
        rows.setPadding(false);
        rows.setSpacing(false);
        add.setId("indicator-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClickListener(click -> {
            List<Indicator> list = new ArrayList<>(generateModelValue());
            list.add(new Indicator("", "", ""));
            show(list);
            updateValue();
        });
        VerticalLayout layout = new VerticalLayout(rows, add);
        layout.setPadding(false);
        add(layout);
        setWidthFull();
    }

    @Override
    protected List<Indicator> generateModelValue() {
        return shown.stream().map(Row::indicator).toList();
    }

    @Override
    protected void setPresentationValue(List<Indicator> indicators) {
        show(indicators == null ? List.of() : indicators);
    }

    private void show(List<Indicator> indicators) {
        rows.removeAll();
        shown.clear();
        for (int i = 0; i < indicators.size(); i++) {
            Row row = new Row(i, indicators.get(i), indicators.size());
            shown.add(row);
            rows.add(row.layout);
        }
        add.setEnabled(indicators.size() < IndicatorSetDraft.MAX_INDICATORS);
    }

    private void move(int from, int to) {
        List<Indicator> list = new ArrayList<>(generateModelValue());
        if (to < 0 || to >= list.size()) {
            return;
        }
        list.add(to, list.remove(from));
        show(list);
        updateValue();
    }

    private void remove(int index) {
        List<Indicator> list = new ArrayList<>(generateModelValue());
        list.remove(index);
        show(list);
        updateValue();
    }

    /** One indicator's fields and buttons. */
    private final class Row {
        final TextField code = new TextField();
        final TextField nameZh = new TextField();
        final TextField nameEn = new TextField();
        final HorizontalLayout layout;

        Row(int index, Indicator indicator, int count) {
            String n = String.valueOf(index + 1);
            code.setLabel(getTranslation("satisfaction.indicators.code", n));
            code.setValue(indicator.code() == null ? "" : indicator.code());
            code.setMaxLength(Indicator.MAX_CODE_LENGTH);
            code.setWidth("12em");
            code.setId("indicator-code-" + index);
            nameZh.setLabel(getTranslation("satisfaction.indicators.nameZh"));
            nameZh.setValue(indicator.nameZh() == null ? "" : indicator.nameZh());
            nameZh.setMaxLength(Indicator.MAX_NAME_LENGTH);
            nameZh.setId("indicator-name-zh-" + index);
            nameEn.setLabel(getTranslation("satisfaction.indicators.nameEn"));
            nameEn.setValue(indicator.nameEn() == null ? "" : indicator.nameEn());
            nameEn.setMaxLength(Indicator.MAX_NAME_LENGTH);
            nameEn.setId("indicator-name-en-" + index);
            for (TextField field : List.of(code, nameZh, nameEn)) {
                field.addValueChangeListener(change -> updateValue());
            }
            Button up = icon(VaadinIcon.ARROW_UP, "satisfaction.indicators.up", "indicator-up-" + index);
            up.setEnabled(index > 0);
            up.addClickListener(click -> move(index, index - 1));
            Button down = icon(VaadinIcon.ARROW_DOWN, "satisfaction.indicators.down", "indicator-down-" + index);
            down.setEnabled(index < count - 1);
            down.addClickListener(click -> move(index, index + 1));
            Button remove = icon(VaadinIcon.TRASH, "satisfaction.indicators.remove", "indicator-remove-" + index);
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            remove.addClickListener(click -> remove(index));
            layout = new HorizontalLayout(code, nameZh, nameEn, up, down, remove);
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            layout.setWrap(true);
        }

        Indicator indicator() {
            return new Indicator(code.getValue(), nameZh.getValue(), nameEn.getValue());
        }

        private Button icon(VaadinIcon icon, String labelKey, String id) {
            Button button = new Button(icon.create());
            button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
            button.setAriaLabel(getTranslation(labelKey));
            button.setTooltipText(getTranslation(labelKey));
            button.setId(id);
            return button;
        }
    }
}
