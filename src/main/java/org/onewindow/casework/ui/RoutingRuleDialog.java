package org.onewindow.casework.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.onewindow.casework.RegionMatch;
import org.onewindow.casework.RoutingRule;
import org.onewindow.casework.RoutingRulesService;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.ApplicantType;
import org.onewindow.intake.Region;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.ui.FormErrors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * One routing rule in a form: pickers of the catalog's items, the applicant types, the regions intake knows and the
 * active departments. The service checks the rule ({@link RoutingRulesService#checkRule}) before it joins the draft;
 * nothing is deployed from here.
 */
final class RoutingRuleDialog extends Dialog {

    final ComboBox<String> item = new ComboBox<>();
    final ComboBox<String> applicantType = new ComboBox<>();
    final Select<RegionMatch> regionMatch = new Select<>();
    final ComboBox<String> regionCode = new ComboBox<>();
    final ComboBox<String> lead = new ComboBox<>();
    final MultiSelectComboBox<String> collaborating = new MultiSelectComboBox<>();
    final TextArea note = new TextArea();
    final Paragraph message = FormErrors.messageLine(new Paragraph(), "routing-rule-message");
    final Button save = new Button();
    private final Binder<RoutingRule> binder = new Binder<>(RoutingRule.class);
    private final transient RoutingRulesService service;
    private final transient Consumer<RoutingRule> saved;

    RoutingRuleDialog(String title, RoutingRule rule, RoutingRulesService service, CatalogService catalog,
            DirectoryService directory, RoutingTexts texts, Consumer<RoutingRule> saved) {
        this.service = service;
        this.saved = saved;
        setId("routing-rule-dialog");
        setHeaderTitle(title);
        setWidth("40em");

        item.setId("routing-rule-item");
        item.setLabel(getTranslation("casework.routing.item"));
        item.setPlaceholder(getTranslation("casework.routing.anyItem"));
        item.setClearButtonVisible(true);
        // A hall has hundreds to thousands of items: the catalog's search, a page at a time.
        item.setItems(query -> catalog
                .search(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                .map(ServiceItem::code).skip(query.getOffset()).limit(query.getLimit()));
        item.setItemLabelGenerator(texts::item);

        applicantType.setId("routing-rule-applicant-type");
        applicantType.setLabel(getTranslation("casework.routing.applicantType"));
        applicantType.setPlaceholder(getTranslation("casework.routing.anyApplicant"));
        applicantType.setClearButtonVisible(true);
        applicantType.setItems(java.util.Arrays.stream(ApplicantType.values()).map(Enum::name).toList());
        applicantType.setItemLabelGenerator(texts::applicantType);

        regionMatch.setId("routing-rule-region-match");
        regionMatch.setLabel(getTranslation("casework.routing.regionMatch"));
        regionMatch.setItems(RegionMatch.values());
        regionMatch.setItemLabelGenerator(match -> getTranslation("casework.routing.regionMatch." + match.name()));
        regionCode.setId("routing-rule-region");
        regionCode.setLabel(getTranslation("casework.routing.region"));
        regionCode.setClearButtonVisible(true);
        regionCode.setItems(texts.regions().stream().map(Region::code).toList());
        regionCode.setItemLabelGenerator(texts::regionName);
        regionMatch.addValueChangeListener(change -> regionCode.setEnabled(change.getValue() != RegionMatch.ANY));

        List<String> departments = directory.activeDepartments().stream().map(Department::code).toList();
        lead.setId("routing-rule-lead");
        lead.setLabel(getTranslation("casework.routing.lead"));
        lead.setPlaceholder(getTranslation("casework.routing.catalogLead"));
        lead.setClearButtonVisible(true);
        lead.setItems(departments);
        lead.setItemLabelGenerator(texts::department);
        collaborating.setId("routing-rule-collaborating");
        collaborating.setLabel(getTranslation("casework.routing.collaborating"));
        collaborating.setPlaceholder(getTranslation("casework.routing.catalogCollaborating"));
        collaborating.setItems(departments);
        collaborating.setItemLabelGenerator(texts::department);
        note.setId("routing-rule-note");
        note.setLabel(getTranslation("casework.routing.note"));
        note.setMaxLength(RoutingRule.MAX_NOTE_LENGTH);

        binder.setDefaultValidatorsEnabled(false);
        binder.forField(item).bind("serviceItemCode");
        binder.forField(applicantType).bind("applicantType");
        binder.forField(regionMatch).bind("regionMatch");
        binder.forField(regionCode).bind("regionCode");
        binder.forField(lead).bind("leadDepartmentCode");
        binder.forField(collaborating).withConverter(selected -> List.copyOf(selected),
                (List<String> codes) -> codes == null ? new LinkedHashSet<>() : new LinkedHashSet<>(codes))
                .bind("collaboratingDepartmentCodes");
        binder.forField(note).withNullRepresentation("").bind("note");
        binder.readBean(rule);
        regionCode.setEnabled(rule.regionMatch() != RegionMatch.ANY);

        FormLayout form = new FormLayout(item, applicantType, regionMatch, regionCode, lead, collaborating, note);
        form.setColspan(note, 2);
        add(form, message);
        save.setText(getTranslation("casework.routing.keepRule"));
        save.setId("routing-rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> trySave());
        Button cancel = new Button(getTranslation("casework.routing.cancel"), click -> close());
        cancel.setId("routing-rule-cancel");
        getFooter().add(cancel, save);
    }

    private void trySave() {
        message.setVisible(false);
        try {
            RoutingRule rule = binder.writeRecord();
            if (rule.regionMatch() == RegionMatch.ANY && rule.regionCode() != null) {
                // A region picked before "any region" was chosen does not count.
                rule = new RoutingRule(rule.serviceItemCode(), rule.applicantType(), RegionMatch.ANY, null,
                        rule.leadDepartmentCode(), rule.collaboratingDepartmentCodes(), rule.note());
            }
            service.checkRule(rule);
            saved.accept(rule);
            close();
        } catch (ValidationException notSent) {
            // The binder marked the fields.
        } catch (InvalidInputException refused) {
            Map<String, String> unplaced = FormErrors.show(binder, refused);
            if (!unplaced.isEmpty()) {
                message.setText(String.join(" ", unplaced.values()));
                message.setVisible(true);
            }
        }
    }
}
