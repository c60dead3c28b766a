package org.onewindow.intake.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ItemKind;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.AgentRole;
import org.onewindow.intake.ApplicantType;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.EnterpriseApplicant;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.intake.InvalidRegistrationException;
import org.onewindow.intake.RegisteredCase;
import org.onewindow.intake.WindowApplicant;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.CodesForPrinting;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The window: find or register the applicant, pick the service item, tick the materials, submit. The fields are
 * bound to a {@link CaseRegistration} (the enterprise's to its {@link EnterpriseApplicant}); the service checks
 * it, and its refusal is shown on the fields, the rest in the form's message line.
 */
@Route(value = "intake", layout = MainLayout.class)
@Menu(title = "intake.menu.newCase", order = 10, icon = "vaadin:plus-circle")
@RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.ADMIN })
public class IntakeView extends VerticalLayout implements HasDynamicTitle {

    private final transient CaseRegistrationService intake;
    private final transient CatalogService catalog;
    private final transient DirectoryService directory;
    /** The hall's today, which decides whether an ID number's birth date has come. */
    private final transient Clock clock;

    final RadioButtonGroup<ApplicantType> applicantType = new RadioButtonGroup<>(
            getTranslation("intake.newCase.applicantType"));
    final TextField creditCode = new TextField(getTranslation("intake.newCase.creditCode"));
    final TextField enterpriseName = new TextField(getTranslation("intake.newCase.enterpriseName"));
    final Select<AgentRole> agentRole = new Select<>();
    final H3 personHeading = new H3();
    final Select<IdType> idType = new Select<>();
    final TextField idNumber = new TextField(getTranslation("intake.newCase.idNumber"));
    final Button findCitizen = new Button(getTranslation("intake.newCase.findCitizen"));
    final Paragraph citizenStatus = new Paragraph();
    final TextField citizenName = new TextField(getTranslation("intake.newCase.name"));
    final TextField mobile = new TextField(getTranslation("intake.newCase.mobile"));
    final Button revealMobile = new Button(getTranslation("intake.newCase.revealMobile"));
    final Select<Locale> language = new Select<>();
    final TextField address = new TextField(getTranslation("intake.newCase.address"));
    final ComboBox<ServiceItem> serviceItem = new ComboBox<>(getTranslation("intake.newCase.serviceItem"));
    final Paragraph itemInfo = new Paragraph();
    final CheckboxGroup<String> materials = new CheckboxGroup<>(getTranslation("intake.newCase.materials"));
    final TextArea notes = new TextArea(getTranslation("intake.newCase.notes"));
    final Button submit = new Button(getTranslation("intake.newCase.submit"));
    /** What the service refused that no field shows, and that nothing was saved. */
    final Paragraph formMessage = new Paragraph();

    final Binder<CaseRegistration> binder = new Binder<>(CaseRegistration.class);
    final Binder<EnterpriseApplicant> enterpriseBinder = new Binder<>(EnterpriseApplicant.class);

    public IntakeView(CaseRegistrationService intake, CatalogService catalog, DirectoryService directory,
            Clock clock) {
        this.intake = intake;
        this.catalog = catalog;
        this.directory = directory;
        this.clock = clock;
        setMaxWidth("60em");

        // An enterprise applies through a person: the same person fields, headed as its representative or agent.
        applicantType.setItems(ApplicantType.values());
        applicantType.setItemLabelGenerator(type -> getTranslation("intake.applicantType." + type.name()));
        applicantType.setValue(ApplicantType.PERSON);
        applicantType.setId("intake-applicant-type");
        applicantType.addValueChangeListener(event -> showApplicantType());
        creditCode.setId("intake-credit-code");
        creditCode.setHelperText(getTranslation("intake.newCase.creditCode.helper"));
        enterpriseName.setId("intake-enterprise-name");
        agentRole.setLabel(getTranslation("intake.newCase.agentRole"));
        agentRole.setItems(AgentRole.values());
        agentRole.setItemLabelGenerator(role -> getTranslation("intake.agentRole." + role.name()));
        agentRole.setValue(AgentRole.AGENT);
        agentRole.setId("intake-agent-role");
        address.setId("intake-address");
        address.setHelperText(getTranslation("intake.newCase.address.helper"));

        idType.setLabel(getTranslation("intake.newCase.idType"));
        idType.setItems(IdType.values());
        idType.setItemLabelGenerator(type -> getTranslation("intake.idType." + type.name()));
        idType.setValue(IdType.RESIDENT_ID);
        idType.setId("intake-id-type");
        idNumber.setId("intake-id-number");
        idNumber.setHelperText(getTranslation("intake.newCase.idNumber.helper"));
        // Another number is another person: what was found for the last one no longer applies.
        idNumber.addValueChangeListener(event -> forgetFound());
        idType.addValueChangeListener(event -> forgetFound());
        findCitizen.setId("intake-find-citizen");
        findCitizen.addClickListener(event -> lookUpCitizen());
        citizenStatus.setId("intake-citizen-status");
        citizenName.setId("intake-name");
        // No field has a maxLength: the browser would cut a pasted value without a word. Each takes it whole and
        // says what is wrong as soon as it is left (ChecksOnLeaving), or on submit, in the validator's words.
        mobile.setId("intake-mobile");
        revealMobile.setId("intake-reveal-mobile");
        revealMobile.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        revealMobile.setVisible(false);
        revealMobile.addClickListener(event -> revealMobile());
        // What the citizen reads in their text messages, whatever the clerk's screen shows.
        language.setLabel(getTranslation("intake.newCase.language"));
        language.setHelperText(getTranslation("intake.newCase.language.helper"));
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(IntakeView::languageName);
        language.setValue(Translations.CHINESE);
        language.setId("intake-language");

        serviceItem.setId("intake-service-item");
        serviceItem.setPlaceholder(getTranslation("intake.newCase.serviceItem.placeholder"));
        serviceItem.setItemLabelGenerator(item -> item.name(getLocale()) + " (" + item.code() + ")");
        serviceItem.setItems(query -> catalog.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()));
        serviceItem.addValueChangeListener(event -> showItem(event.getValue()));
        serviceItem.setWidthFull();
        itemInfo.setId("intake-item-info");
        materials.setId("intake-materials");
        materials.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        // The values are the Chinese names the case records; the labels are in the clerk's language.
        materials.setItemLabelGenerator(this::materialLabel);
        notes.setId("intake-notes");
        notes.setWidthFull();

        submit.setId("intake-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setIcon(VaadinIcon.CHECK.create());
        submit.addClickListener(event -> submit());
        FormErrors.messageLine(formMessage, "intake-form-message");
        bindFields();
        ChecksOnLeaving.attach(citizenName, idType, idNumber, clock);
        ChecksOnLeaving.attachLengths(enterpriseName, address, notes);

        FormLayout enterprise = new FormLayout(creditCode, enterpriseName, agentRole);
        enterprise.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        enterprise.setId("intake-enterprise");
        this.enterpriseFields = enterprise;
        FormLayout applicant = new FormLayout(idType, idNumber, citizenName, mobile, language, address);
        applicant.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        HorizontalLayout find = new HorizontalLayout(findCitizen, citizenStatus, revealMobile);
        find.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(new H1(getTranslation("intake.newCase.title")), new H3(getTranslation("intake.newCase.applicant")),
                applicantType, enterprise, personHeading, applicant, find,
                new H3(getTranslation("intake.newCase.request")),
                serviceItem, itemInfo, materials, notes, formMessage, submit);
        showApplicantType();
    }

    private final FormLayout enterpriseFields;

    private void showApplicantType() {
        boolean enterprise = applicantType.getValue() == ApplicantType.ENTERPRISE;
        enterpriseFields.setVisible(enterprise);
        personHeading.setVisible(enterprise);
        personHeading.setText(getTranslation("intake.newCase.representative"));
    }

    /** The citizen found at the window; their mobile stays masked until the clerk reveals it. */
    private transient WindowApplicant found;

    private void lookUpCitizen() {
        clearErrors();
        if (idType.getValue() == null || idNumber.getValue().isBlank()) {
            idNumber.setErrorMessage(getTranslation("intake.newCase.enterIdNumber"));
            idNumber.setInvalid(true);
            return;
        }
        found = intake.findAtWindow(idType.getValue(), idNumber.getValue()).orElse(null);
        mobile.clear();
        if (found != null) {
            citizenName.setValue(found.name());
            language.setValue(found.language());
            // An empty field keeps the mobile on record; the clerk reveals it only to check it with the person.
            mobile.setPlaceholder(found.maskedMobile() == null ? "" : found.maskedMobile());
            mobile.setHelperText(found.maskedMobile() == null ? getTranslation("intake.newCase.mobile.noneOnRecord")
                    : getTranslation("intake.newCase.mobile.onRecord", found.maskedMobile()));
            revealMobile.setVisible(found.maskedMobile() != null);
            citizenStatus.setText(getTranslation("intake.newCase.returningApplicant"));
        } else {
            mobile.setPlaceholder("");
            mobile.setHelperText(null);
            revealMobile.setVisible(false);
            language.setValue(Translations.CHINESE);
            citizenStatus.setText(getTranslation("intake.newCase.newApplicant"));
            citizenName.focus();
        }
    }

    private void forgetFound() {
        found = null;
        mobile.setPlaceholder("");
        mobile.setHelperText(null);
        revealMobile.setVisible(false);
    }

    private void revealMobile() {
        if (found != null) {
            intake.revealMobileAtWindow(found.ref()).ifPresent(mobile::setValue);
            revealMobile.setVisible(false);
        }
    }

    private void showItem(ServiceItem item) {
        if (item == null) {
            itemInfo.setText("");
            materials.setItems(new ArrayList<>());
            return;
        }
        String collaborating = item.collaboratingDepartmentCodes().isEmpty()
                ? getTranslation("intake.newCase.item.noJointReview")
                : String.join(getTranslation("intake.list.separator"),
                        item.collaboratingDepartmentCodes().stream().map(directory::departmentName).toList());
        List<String> parts = new ArrayList<>(List.of(
                getTranslation("intake.newCase.item.lead", directory.departmentName(item.leadDepartmentCode())),
                getTranslation("intake.newCase.item.joint", collaborating),
                item.kind() == ItemKind.INSTANT
                        ? getTranslation("intake.newCase.item.instant", item.legalLimitDays())
                        : getTranslation("intake.newCase.item.timeLimit", item.promisedLimitDays(),
                                item.legalLimitDays())));
        if (item.atMostOneVisit()) {
            parts.add(getTranslation("intake.newCase.item.oneVisit"));
        }
        itemInfo.setText(String.join(" · ", parts));
        materials.setItems(item.materialNames());
        materials.setInvalid(false);
    }

    /** "营业执照（复印件 1 份）" / "Business licence (copy, 1)", and whether the item asks for it only where it applies. */
    private String materialLabel(String nameZh) {
        ServiceItem item = serviceItem.getValue();
        MaterialRequirement material = item == null ? null : item.material(nameZh).orElse(null);
        if (material == null) {
            return nameZh;
        }
        String form = getTranslation(material.original() ? "intake.newCase.material.original"
                : "intake.newCase.material.copy", material.copies());
        String label = getTranslation("intake.newCase.material.label", material.name(getLocale()), form);
        return material.required() ? label : getTranslation("intake.newCase.material.optional", label);
    }

    /**
     * The record's components by name. The binders check nothing themselves: every rule of a registration is the
     * service's, so the window refuses what Open311 refuses, with the same words.
     */
    private void bindFields() {
        binder.forField(idType).bind("idType");
        binder.forField(idNumber).bind("idNumber");
        binder.forField(citizenName).bind("citizenName");
        binder.forField(mobile).bind("mobile");
        binder.forField(language).bind("language");
        binder.forField(address)
                .withConverter(typed -> typed.isBlank() ? null : typed, kept -> kept == null ? "" : kept)
                .bind("address");
        binder.forField(serviceItem).withConverter(item -> item == null ? null : item.code(),
                code -> code == null ? null : catalog.item(code).orElse(null)).bind("serviceItemCode");
        binder.forField(materials).withConverter(selected -> (List<String>) new ArrayList<>(selected),
                received -> new LinkedHashSet<>(received)).bind("receivedMaterials");
        binder.forField(notes).bind("notes");
        // The applicant type decides whether an enterprise applies; its details are its own record's fields.
        binder.forField(applicantType).withConverter(Converter.from(this::applyingEnterprise,
                enterprise -> enterprise == null ? ApplicantType.PERSON : ApplicantType.ENTERPRISE)).bind("enterprise");
        // What the window never asks: a case registered here came through the window, with no e-mail address.
        binder.forField(fixed(Channel.WINDOW)).bind("channel");
        binder.forField(fixed((String) null)).bind("email");

        enterpriseBinder.forField(creditCode).bind("creditCode");
        enterpriseBinder.forField(enterpriseName).bind("enterpriseName");
        enterpriseBinder.forField(agentRole).bind("agentRole");
    }

    private Result<EnterpriseApplicant> applyingEnterprise(ApplicantType type) {
        if (type != ApplicantType.ENTERPRISE) {
            return Result.ok(null);
        }
        try {
            return Result.ok(enterpriseBinder.writeRecord());
        } catch (ValidationException e) {
            return Result.error(getTranslation("intake.newCase.correctFields"));
        }
    }

    /** A record component no field of the window holds, bound so that the binder can write the whole record. */
    private static <V> ReadOnlyHasValue<V> fixed(V value) {
        ReadOnlyHasValue<V> holder = new ReadOnlyHasValue<>(ignored -> {
        });
        holder.setValue(value);
        return holder;
    }

    private void submit() {
        clearErrors();
        CaseRegistration registration;
        try {
            registration = binder.writeRecord();
        } catch (ValidationException e) {
            // The binders check nothing of their own; should one ever, its message is on its field already.
            showRefusal(Map.of());
            return;
        }
        try {
            RegisteredCase registered = intake.register(registration);
            CodesForPrinting.rememberMinted(registered.caseNumber(), registered.lookupCode());
            getUI().ifPresent(ui -> ui.navigate(ReceiptView.class, registered.caseNumber()));
        } catch (InvalidRegistrationException e) {
            Map<String, String> unplaced = FormErrors.show(binder, e);
            // The enterprise's fields are its own record's: what the registration's binder could not place.
            showRefusal(unplaced.isEmpty() ? unplaced
                    : FormErrors.show(enterpriseBinder, new InvalidInputException(unplaced)));
        }
    }

    /** Nothing was saved: said in the form's message line, with what no field shows. */
    private void showRefusal(Map<String, String> unplaced) {
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("intake.newCase.correctFields"));
        lines.addAll(unplaced.values());
        formMessage.setText(String.join(" ", lines));
        formMessage.setVisible(true);
    }

    private void clearErrors() {
        formMessage.setVisible(false);
        Stream.concat(binder.getFields(), enterpriseBinder.getFields()).forEach(field -> {
            if (field instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        });
    }

    /** Each language in itself, as the shell's switch names it: the citizen recognises their own. */
    static String languageName(Locale locale) {
        return Translations.supported(locale).equals(Translations.CHINESE) ? "简体中文" : "English";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.newCase.pageTitle");
    }

}
