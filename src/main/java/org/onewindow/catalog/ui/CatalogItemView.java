package org.onewindow.catalog.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onewindow.catalog.CatalogAdminService;
import org.onewindow.catalog.ItemKind;
import org.onewindow.catalog.ItemState;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.ServiceItemDraft;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The editor of one service item ({@code admin/catalog/<code>}, {@code admin/catalog/new} for a new one). It edits
 * the item's draft; a published item is edited into a new draft version, which cases take only once it is published.
 * Field errors show under their fields, material rows' on the form's message line.
 */
@Route(value = "admin/catalog", layout = MainLayout.class)
@RolesAllowed({ AppRoles.ADMIN, AppRoles.CATALOG_EDITOR })
public class CatalogItemView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String NEW = "new";

    private final transient CatalogAdminService admin;
    private final transient DirectoryService directory;

    final TextField code = new TextField(getTranslation("catalog.items.code"));
    final TextField nameZh = text("catalog.item.nameZh", "catalog-item-name-zh", ServiceItemDraft.MAX_NAME_LENGTH);
    final TextField nameEn = text("catalog.item.nameEn", "catalog-item-name-en", ServiceItemDraft.MAX_NAME_LENGTH);
    final RadioButtonGroup<ItemKind> kind = new RadioButtonGroup<>(getTranslation("catalog.items.kind"));
    final IntegerField legal = days("catalog.item.legal", "catalog-item-legal");
    final IntegerField promised = days("catalog.item.promised", "catalog-item-promised");
    final ComboBox<String> lead = new ComboBox<>(getTranslation("catalog.items.lead"));
    final MultiSelectComboBox<String> collaborating = new MultiSelectComboBox<>(
            getTranslation("catalog.item.collaborating"));
    final Checkbox online = new Checkbox(getTranslation("catalog.item.online"));
    final Checkbox oneVisit = new Checkbox(getTranslation("catalog.item.oneVisit"));
    final TextArea guideZh = area("catalog.item.guideZh", "catalog-item-guide-zh");
    final TextArea guideEn = area("catalog.item.guideEn", "catalog-item-guide-en");
    final MaterialsField materials = new MaterialsField(getTranslation("catalog.items.materials"));
    final Paragraph message = FormErrors.messageLine(new Paragraph(), "catalog-item-message");
    final Paragraph status = new Paragraph();
    final Button save = new Button(getTranslation("catalog.item.save"));
    final Button publish = new Button(getTranslation("catalog.items.publish"));
    final Button back = new Button(getTranslation("catalog.item.back"));
    private final H1 title = new H1();
    private final Binder<ServiceItemDraft> binder = new Binder<>(ServiceItemDraft.class);
    /** The item's code once it exists; {@code null} while a new one is typed. */
    private String itemCode;

    public CatalogItemView(CatalogAdminService admin, DirectoryService directory) {
        this.admin = admin;
        this.directory = directory;
        code.setId("catalog-item-code");
        code.setMaxLength(ServiceItemDraft.MAX_CODE_LENGTH);
        code.setAllowedCharPattern("[A-Za-z0-9-]");
        code.setHelperText(getTranslation("catalog.item.code.helper"));
        kind.setId("catalog-item-kind");
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("catalog.kind." + value.name()));
        kind.addValueChangeListener(change -> promised.setEnabled(change.getValue() != ItemKind.INSTANT));
        promised.setHelperText(getTranslation("catalog.item.promised.helper"));
        List<Department> active = directory.activeDepartments();
        List<String> codes = active.stream().map(Department::code).toList();
        lead.setId("catalog-item-lead");
        lead.setItems(codes);
        lead.setItemLabelGenerator(this::departmentName);
        collaborating.setId("catalog-item-collaborating");
        collaborating.setItems(codes);
        collaborating.setItemLabelGenerator(this::departmentName);
        online.setId("catalog-item-online");
        oneVisit.setId("catalog-item-one-visit");
        bind();

        FormLayout form = new FormLayout(code, kind, nameZh, nameEn, legal, promised, lead, collaborating, online,
                oneVisit, guideZh, guideEn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        materials.setWidthFull();

        save.setId("catalog-item-save");
        save.addClickListener(click -> save(false));
        publish.setId("catalog-item-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> save(true));
        back.setId("catalog-item-back");
        back.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CatalogListView.class)));
        status.setId("catalog-item-status");
        add(title, status, form, materials, message, new HorizontalLayout(back, save, publish));
    }

    private void bind() {
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(code).bind("code");
        binder.forField(nameZh).bind("nameZh");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(kind).bind("kind");
        binder.forField(legal).bind("legalLimitDays");
        binder.forField(promised).bind("promisedLimitDays");
        binder.forField(lead).bind("leadDepartmentCode");
        binder.forField(collaborating).withConverter((Set<String> selected) -> (List<String>) new ArrayList<>(selected),
                list -> list == null ? Set.of() : new LinkedHashSet<>(list)).bind("collaboratingDepartmentCodes");
        binder.forField(materials).bind("materials");
        binder.forField(online).bind("onlineApplication");
        binder.forField(guideZh).bind("guideZh");
        binder.forField(guideEn).bind("guideEn");
        binder.forField(oneVisit).bind("atMostOneVisit");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        message.setVisible(false);
        if (parameter == null || NEW.equals(parameter)) {
            itemCode = null;
            title.setText(getTranslation("catalog.item.newTitle"));
            status.setText(getTranslation("catalog.item.newStatus"));
            code.setReadOnly(false);
            binder.readRecord(ServiceItemDraft.empty());
            return;
        }
        List<ServiceItem> versions = admin.versions(parameter);
        if (versions.isEmpty()) {
            itemCode = null;
            title.setText(getTranslation("catalog.error.item.unknown", parameter));
            save.setEnabled(false);
            publish.setEnabled(false);
            return;
        }
        show(versions.get(0));
    }

    private void show(ServiceItem newest) {
        itemCode = newest.code();
        title.setText(getTranslation("catalog.item.editTitle", newest.name(getLocale()), newest.code()));
        status.setText(newest.state() == ItemState.DRAFT
                ? getTranslation("catalog.item.draftStatus", newest.versionLabel())
                : getTranslation("catalog.item.editsNewVersion", newest.versionLabel(),
                        getTranslation("catalog.state." + newest.state().name()), "v" + (newest.version() + 1)));
        code.setReadOnly(true);
        binder.readRecord(ServiceItemDraft.of(newest));
    }

    /** Saves the draft and, when asked, publishes it; nothing is published from a draft that could not be saved. */
    private void save(boolean andPublish) {
        message.setVisible(false);
        try {
            ServiceItemDraft typed = binder.writeRecord();
            ServiceItem saved = itemCode == null ? admin.create(typed) : admin.save(itemCode, typed);
            if (andPublish) {
                saved = admin.publish(saved.code());
            }
            show(saved);
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "admin/catalog/" + itemCode));
            Notices.done(getTranslation(andPublish ? "catalog.items.published" : "catalog.item.saved",
                    saved.name(getLocale()), saved.versionLabel()));
        } catch (ValidationException notSent) {
            // The binder marked the fields.
        } catch (InvalidInputException refused) {
            Map<String, String> unplaced = FormErrors.show(binder, refused);
            if (refused.fieldErrors().containsKey("materials")) {
                // The materials field is a grid: the rows it names are read on the message line.
                unplaced = new java.util.LinkedHashMap<>(unplaced);
                unplaced.putIfAbsent("materials", refused.fieldErrors().get("materials"));
            }
            if (!unplaced.isEmpty()) {
                message.setText(String.join(" ", unplaced.values()));
                message.setVisible(true);
            }
            if (andPublish && itemCode == null) {
                // Nothing was saved: the code stays editable.
                code.setReadOnly(false);
            }
        } catch (BusinessRuleException | NotFoundException refused) {
            message.setText(refused.getMessage());
            message.setVisible(true);
        }
    }

    private String departmentName(String departmentCode) {
        return directory.departmentName(departmentCode, getLocale());
    }

    private TextField text(String key, String id, int maxLength) {
        TextField field = new TextField(getTranslation(key));
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setWidthFull();
        return field;
    }

    private IntegerField days(String key, String id) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setId(id);
        field.setMin(0);
        field.setMax(ServiceItemDraft.MAX_LIMIT_DAYS);
        field.setStepButtonsVisible(true);
        return field;
    }

    private TextArea area(String key, String id) {
        TextArea area = new TextArea(getTranslation(key));
        area.setId(id);
        area.setMaxLength(ServiceItemDraft.MAX_GUIDE_LENGTH);
        area.setWidthFull();
        return area;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.items.pageTitle");
    }
}
