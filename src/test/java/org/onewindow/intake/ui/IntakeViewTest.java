package org.onewindow.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.AgentRole;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.ApplicantType;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.EnterpriseApplicant;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.intake.InvalidRegistrationException;
import org.onewindow.intake.RegisteredCase;
import org.onewindow.intake.RegistrationField;
import org.onewindow.intake.WindowApplicant;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.i18n.LocaleContextHolder;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;

/** The window screen's own logic, without a server: Karibu-Testing drives the components, in both languages. */
class IntakeViewTest {

    private static final ServiceItem LICENCE = ServiceItem.published("AMR-002", "Food business licence", "", "AMR",
            List.of("HEALTH"), List.of("Application form", "Business licence"), 10, false);

    /** The hall's 1 June 2026. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final CaseRegistrationService intake = mock(CaseRegistrationService.class);
    private final CatalogService catalog = mock(CatalogService.class);
    private final DirectoryService directory = mock(DirectoryService.class);
    private IntakeView view;

    @BeforeEach
    void openView() {
        MockVaadin.setup();
        when(catalog.search(anyString(), anyInt())).thenReturn(List.of(LICENCE));
        when(directory.departmentName(any())).thenAnswer(call -> "Dept " + call.getArgument(0));
        view = openIn(Translations.ENGLISH);
    }

    private IntakeView openIn(Locale locale) {
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().removeAll();
        IntakeView opened = new IntakeView(intake, catalog, directory, TODAY);
        UI.getCurrent().add(opened);
        return opened;
    }

    @AfterEach
    void closeView() {
        LocaleContextHolder.resetLocaleContext();
        MockVaadin.tearDown();
    }

    @Test
    void choosingAnItemShowsItsDepartmentsAndMaterials() {
        view.serviceItem.setValue(LICENCE);
        assertThat(view.itemInfo.getText()).contains("Lead department: Dept AMR", "Joint review: Dept HEALTH",
                "10 working days");
        assertThat(view.materials.getListDataView().getItems()).containsExactly("Application form", "Business licence");
    }

    @Test
    void returningApplicantIsFilledInWithTheMobileMaskedUntilTheClerkRevealsIt() {
        ApplicantRef zhao = new ApplicantRef(ApplicantType.PERSON, 1);
        when(intake.findAtWindow(IdType.RESIDENT_ID, "11010519491231002X")).thenReturn(Optional.of(
                new WindowApplicant(zhao, "Zhao Lan", "138****8000", null, Translations.CHINESE)));
        when(intake.revealMobileAtWindow(zhao)).thenReturn(Optional.of("13800138000"));
        view.idNumber.setValue("11010519491231002X");
        _click(view.findCitizen);
        assertThat(view.citizenName.getValue()).isEqualTo("Zhao Lan");
        assertThat(view.mobile.getValue()).isEmpty();
        assertThat(view.mobile.getPlaceholder()).isEqualTo("138****8000");
        assertThat(view.mobile.getHelperText())
                .isEqualTo("On record: 138****8000. Leave empty to keep it; a new number "
                        + "replaces it.");
        assertThat(view.citizenStatus.getText()).startsWith("Returning applicant");
        assertThat(view.language.getValue()).isEqualTo(Translations.CHINESE);
        Mockito.verify(intake, Mockito.never()).revealMobileAtWindow(any());

        assertThat(view.revealMobile.isVisible()).isTrue();
        _click(view.revealMobile);
        assertThat(view.mobile.getValue()).isEqualTo("13800138000");
        assertThat(view.revealMobile.isVisible()).isFalse();
        Mockito.verify(intake).revealMobileAtWindow(zhao);

        // Another number is another person: nothing of Zhao Lan's stays to be revealed.
        view.idNumber.setValue("110105194912310021");
        assertThat(view.revealMobile.isVisible()).isFalse();
        assertThat(view.mobile.getPlaceholder()).isEmpty();
    }

    @Test
    void returningApplicantKeepsTheLanguageTheyChoseBefore() {
        when(intake.findAtWindow(IdType.PASSPORT, "E12345678")).thenReturn(Optional.of(new WindowApplicant(
                new ApplicantRef(ApplicantType.PERSON, 2), "Anna Berg", "138****8001", null, Translations.ENGLISH)));
        view.idType.setValue(IdType.PASSPORT);
        view.idNumber.setValue("E12345678");

        _click(view.findCitizen);

        assertThat(view.language.getValue()).isEqualTo(Translations.ENGLISH);
    }

    @Test
    void refusedRegistrationMarksEachFieldAndKeepsWhatWasTyped() {
        when(intake.register(any())).thenThrow(new InvalidRegistrationException(Map.of(
                RegistrationField.ID_NUMBER,
                "The check character of this ID number does not match; please check each digit.",
                RegistrationField.MOBILE, "Enter a mobile phone number, so that the citizen can be reached.")));
        view.idNumber.setValue("110105194912310021");
        view.citizenName.setValue("Zhao Lan");
        view.serviceItem.setValue(LICENCE);
        view.materials.select("Application form");

        _click(view.submit);

        assertThat(view.idNumber.isInvalid()).isTrue();
        assertThat(view.idNumber.getErrorMessage()).contains("check character");
        assertThat(view.mobile.isInvalid()).isTrue();
        assertThat(view.citizenName.isInvalid()).isFalse();
        assertThat(view.idNumber.getValue()).isEqualTo("110105194912310021");
        assertThat(view.materials.getSelectedItems()).containsExactly("Application form");
        // Nothing was saved: said in the form's own line, not in a notification over the buttons.
        assertThat(view.formMessage.isVisible()).isTrue();
        assertThat(view.formMessage.getText()).isEqualTo("Please correct the marked fields; nothing was saved.");
        _assertNone(Notification.class);

        // Once corrected, the field is no longer marked; the others stay so until the next submit.
        view.idNumber.setValue("11010519491231002X");
        assertThat(view.idNumber.isInvalid()).isFalse();
        assertThat(view.mobile.isInvalid()).isTrue();
    }

    @Test
    void theItemAndTheMaterialsAreMarkedAndWhatNoFieldShowsIsInTheFormsMessageLine() {
        when(intake.register(any())).thenThrow(new InvalidRegistrationException(Map.of(
                RegistrationField.SERVICE_ITEM_CODE, "Choose the service item.",
                RegistrationField.RECEIVED_MATERIALS, "'A bribe' is not a required material of this item.",
                RegistrationField.CHANNEL, "A case needs its channel.")));

        _click(view.submit);

        assertThat(view.serviceItem.isInvalid()).isTrue();
        assertThat(view.serviceItem.getErrorMessage()).isEqualTo("Choose the service item.");
        assertThat(view.materials.isInvalid()).isTrue();
        assertThat(view.materials.getErrorMessage()).contains("A bribe");
        assertThat(view.formMessage.getText())
                .isEqualTo("Please correct the marked fields; nothing was saved. A case needs its channel.");

        // The next refusal shows its own problems only.
        Mockito.reset(intake);
        when(intake.register(any())).thenThrow(new InvalidRegistrationException(Map.of(RegistrationField.MOBILE, "x")));
        _click(view.submit);
        assertThat(view.serviceItem.isInvalid()).isFalse();
        assertThat(view.materials.isInvalid()).isFalse();
        assertThat(view.mobile.isInvalid()).isTrue();
        assertThat(view.formMessage.getText()).isEqualTo("Please correct the marked fields; nothing was saved.");
    }

    @Test
    void noFieldCutsWhatIsTypedOrPasted() {
        // A maxLength makes the browser drop the rest without a word; the validator says what is too long instead.
        for (com.vaadin.flow.component.textfield.TextField field : List.of(view.creditCode, view.enterpriseName,
                view.idNumber, view.citizenName, view.mobile, view.address)) {
            assertThat(field.getMaxLength()).as(field.getId().orElseThrow()).isZero();
        }
        assertThat(view.notes.getMaxLength()).isZero();
    }

    @Test
    void aTooLongEnterpriseNameAddressOrNoteIsKeptWholeAndSaidWhenLeft() {
        view.enterpriseName.setValue("e".repeat(230));
        view.address.setValue("a".repeat(250));
        view.notes.setValue("n".repeat(2001));

        assertThat(view.enterpriseName.getValue()).hasSize(230);
        assertThat(view.enterpriseName.getErrorMessage())
                .isEqualTo("The enterprise name has 230 characters; an enterprise name has at most 200.");
        assertThat(view.address.getValue()).hasSize(250);
        assertThat(view.address.isInvalid()).isTrue();
        assertThat(view.address.getErrorMessage())
                .isEqualTo("The address has 250 characters; an address has at most 200.");
        assertThat(view.notes.getErrorMessage()).isEqualTo("Notes are too long (at most 2000 characters).");

        view.enterpriseName.setValue("Beijing Example Trading Co., Ltd.");
        view.address.setValue("1 Zhongshan Road");
        view.notes.setValue("");
        assertThat(view.enterpriseName.isInvalid()).isFalse();
        assertThat(view.address.isInvalid()).isFalse();
        assertThat(view.notes.isInvalid()).isFalse();
    }

    @Test
    void aTooLongEnterpriseNameIsSaidInChineseOnAChineseScreen() {
        view = openIn(Translations.CHINESE);
        LocaleContextHolder.setLocale(Translations.CHINESE);

        view.enterpriseName.setValue("企".repeat(201));

        assertThat(view.enterpriseName.getErrorMessage()).isEqualTo("企业名称共201个字符，最多只能200个字符，请核对。");
    }

    @Test
    void aPastedNameTooLongIsKeptWholeAndTheFieldSaysSoWhenLeft() {
        String pasted = "Zhao".repeat(50);

        view.citizenName.setValue(pasted);

        // Nothing is cut: the clerk sees what was pasted and the validator's reason on the field.
        assertThat(view.citizenName.getValue()).hasSize(200);
        assertThat(view.citizenName.isInvalid()).isTrue();
        assertThat(view.citizenName.getErrorMessage())
                .isEqualTo("The name has 200 characters; a name has at most 100.");

        view.citizenName.setValue("Zhao Lan");
        assertThat(view.citizenName.isInvalid()).isFalse();
    }

    @Test
    void aNameTooLongIsSaidInChineseOnAChineseScreen() {
        view = openIn(Translations.CHINESE);
        // What SessionLocale does for every request of a Chinese session: the validator's words are the screen's.
        LocaleContextHolder.setLocale(Translations.CHINESE);

        view.citizenName.setValue("赵".repeat(101));

        assertThat(view.citizenName.getErrorMessage()).isEqualTo("姓名共101个字符，最多只能100个字符，请核对。");
    }

    @Test
    void aWrongCheckCharacterIsSaidWhenTheIdNumberIsLeft() {
        view.idNumber.setValue("110105194912310021");

        assertThat(view.idNumber.isInvalid()).isTrue();
        assertThat(view.idNumber.getErrorMessage())
                .isEqualTo("The check character of this ID number does not match; please check each digit.");
        Mockito.verifyNoInteractions(intake);

        view.idNumber.setValue("11010519491231002X");
        assertThat(view.idNumber.isInvalid()).isFalse();
    }

    @Test
    void theIdNumberIsCheckedAgainstTheHallsTodayAndOnlyAsAResidentId() {
        // Born on 2 June 2026, the day after the hall's today (check character 1).
        view.idNumber.setValue("110105202606020021");
        assertThat(view.idNumber.getErrorMessage())
                .isEqualTo("The birth date in this ID number (digits 7 to 14) is not a real date.");

        // A passport number follows other rules, which the service checks on submit.
        view.idType.setValue(IdType.PASSPORT);
        assertThat(view.idNumber.isInvalid()).isFalse();
        view.idType.setValue(IdType.RESIDENT_ID);
        assertThat(view.idNumber.isInvalid()).isTrue();
    }

    @Test
    void theIdNumbersMessageIsInChineseOnAChineseScreen() {
        view = openIn(Translations.CHINESE);
        LocaleContextHolder.setLocale(Translations.CHINESE);

        view.idNumber.setValue("110105194912310021");

        assertThat(view.idNumber.getErrorMessage()).isEqualTo("该身份证号码的校验位不符，请逐位核对。");
    }

    @Test
    void submitSendsWhatTheDeskEnteredAndOpensTheReceipt() {
        CaseDetails details = new CaseDetails("OW-20261128-00001", "AMR-002", "Food business licence", "AMR",
                List.of("HEALTH"), "Zhao Lan", "110***********002X", "138****8000", Channel.WINDOW,
                CaseStatus.ACCEPTED, List.of(), null, "frontdesk", Instant.now(), Instant.now(), null, null, null);
        when(intake.register(any())).thenReturn(new RegisteredCase(details, "ABCD2345"));
        view.idNumber.setValue("11010519491231002X");
        view.citizenName.setValue("Zhao Lan");
        view.mobile.setValue("13800138000");
        view.serviceItem.setValue(LICENCE);
        view.materials.select("Business licence");
        view.notes.setValue("Floor plan to follow");

        // No routes are registered in this server-less test, so the navigation to the receipt shows up as
        // Vaadin's "no route" error naming the target: that the view goes there is what matters here.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> _click(view.submit))
                .isInstanceOf(com.vaadin.flow.router.NotFoundException.class)
                .hasMessageContaining(ReceiptView.class.getName()).hasMessageContaining("OW-20261128-00001");

        ArgumentCaptor<CaseRegistration> sent = ArgumentCaptor.forClass(CaseRegistration.class);
        Mockito.verify(intake).register(sent.capture());
        // The citizen's language was left at its default: Chinese, the hall's own.
        assertThat(sent.getValue()).isEqualTo(CaseRegistration.of(IdType.RESIDENT_ID, "11010519491231002X",
                "Zhao Lan", "13800138000", "AMR-002", List.of("Business licence"), "Floor plan to follow",
                Channel.WINDOW,
                Translations.CHINESE));
    }

    @Test
    void anEnterpriseAppliesThroughThePersonAtTheWindowWithItsAddress() {
        when(intake.register(any())).thenThrow(new InvalidRegistrationException(Map.of(
                RegistrationField.CREDIT_CODE, "The check character of this credit code does not match.",
                RegistrationField.AGENT_ROLE, "Say which.")));
        assertThat(view.creditCode.getParent().orElseThrow().isVisible()).as("enterprise fields hidden for a person")
                .isFalse();
        view.applicantType.setValue(ApplicantType.ENTERPRISE);
        assertThat(view.creditCode.getParent().orElseThrow().isVisible()).isTrue();
        assertThat(view.personHeading.getText()).isEqualTo("Legal representative or agent");
        view.creditCode.setValue("91320300MA1XYZ0012");
        view.enterpriseName.setValue("徐州云龙商贸有限公司");
        view.agentRole.setValue(AgentRole.LEGAL_REPRESENTATIVE);
        view.address.setValue("徐州市泉山区解放南路18号");
        _click(view.submit);

        ArgumentCaptor<CaseRegistration> sent = ArgumentCaptor.forClass(CaseRegistration.class);
        Mockito.verify(intake).register(sent.capture());
        assertThat(sent.getValue().enterprise()).isEqualTo(new EnterpriseApplicant("91320300MA1XYZ0012",
                "徐州云龙商贸有限公司", AgentRole.LEGAL_REPRESENTATIVE));
        assertThat(sent.getValue().address()).isEqualTo("徐州市泉山区解放南路18号");
        // The service's refusal marks the enterprise's fields, and what was typed stays.
        assertThat(view.creditCode.isInvalid()).isTrue();
        assertThat(view.creditCode.getErrorMessage()).contains("check character");
        assertThat(view.agentRole.isInvalid()).isTrue();
        assertThat(view.agentRole.getErrorMessage()).isEqualTo("Say which.");
        assertThat(view.enterpriseName.isInvalid()).isFalse();
        assertThat(view.enterpriseName.getValue()).isEqualTo("徐州云龙商贸有限公司");
        assertThat(view.formMessage.getText()).isEqualTo("Please correct the marked fields; nothing was saved.");
    }

    @Test
    void theCitizensLanguageForMessagesIsSentWithTheRegistration() {
        when(intake.register(any())).thenThrow(new InvalidRegistrationException(Map.of(RegistrationField.MOBILE, "x")));
        assertThat(view.language.getListDataView().getItems().map(view.language.getItemLabelGenerator()))
                .containsExactly("简体中文", "English");
        assertThat(view.language.getValue()).isEqualTo(Translations.CHINESE);

        view.language.setValue(Translations.ENGLISH);
        _click(view.submit);

        ArgumentCaptor<CaseRegistration> sent = ArgumentCaptor.forClass(CaseRegistration.class);
        Mockito.verify(intake).register(sent.capture());
        assertThat(sent.getValue().language()).isEqualTo(Translations.ENGLISH);
    }

    @Test
    void theFormSpeaksEnglish() {
        assertThat(view.getPageTitle()).isEqualTo("New case | OneWindow");
        assertThat(headingAndLabels(view)).contains("New case at the window", "ID type", "ID number", "Name",
                "Mobile phone", "Citizen's language for messages", "Service item", "Materials received", "Notes");
        assertThat(view.submit.getText()).isEqualTo("Accept and register");
        assertThat(view.idType.getListDataView().getItems().map(view.idType.getItemLabelGenerator()))
                .containsExactly("Resident ID card", "Passport", "HK/Macao/Taiwan travel permit");
        assertNoRawKeys(view);
    }

    @Test
    void theFormSpeaksChinese() {
        view = openIn(Translations.CHINESE);

        assertThat(view.getPageTitle()).isEqualTo("窗口受理 | 一窗通办");
        assertThat(headingAndLabels(view)).contains("窗口受理登记", "证件类型", "证件号码", "姓名", "手机号码", "短信通知语言",
                "办理事项", "已收材料", "备注");
        assertThat(view.submit.getText()).isEqualTo("受理登记");
        assertThat(view.idType.getListDataView().getItems().map(view.idType.getItemLabelGenerator()))
                .containsExactly("居民身份证", "护照", "港澳台居民来往内地通行证");

        view.serviceItem.setValue(LICENCE);
        assertThat(view.itemInfo.getText()).isEqualTo("牵头部门：Dept AMR · 联合审查：Dept HEALTH · 承诺时限：10个工作日（法定10个工作日）");
        _click(view.findCitizen);
        assertThat(view.idNumber.getErrorMessage()).isEqualTo("请输入证件号码以查询申请人。");
        view.idNumber.setValue("11010519491231002X");
        when(intake.findAtWindow(any(), any())).thenReturn(Optional.empty());
        _click(view.findCitizen);
        assertThat(view.citizenStatus.getText()).isEqualTo("新申请人：请填写姓名和手机号码。");
        assertNoRawKeys(view);
    }

    private static List<String> headingAndLabels(Component root) {
        return root
                .getChildren().flatMap(IntakeViewTest::withDescendants).flatMap(component -> component instanceof H1 h2
                        ? java.util.stream.Stream.of(h2.getText())
                        : component instanceof HasLabel labelled && labelled.getLabel() != null
                                ? java.util.stream.Stream.of(labelled.getLabel()) : java.util.stream.Stream.empty())
                .toList();
    }

    private static java.util.stream.Stream<Component> withDescendants(Component component) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(component),
                component.getChildren().flatMap(IntakeViewTest::withDescendants));
    }

    /** Nothing on the screen is a key without a text: Vaadin shows those as "!key". */
    static void assertNoRawKeys(Component root) {
        assertThat(root.getElement().getTextRecursively()).doesNotContain("!");
        withDescendants(root).forEach(component -> {
            if (component instanceof HasLabel labelled && labelled.getLabel() != null) {
                assertThat(labelled.getLabel()).doesNotStartWith("!");
            }
            component.getElement().getPropertyNames().forEach(name -> {
                String value = component.getElement().getProperty(name, "");
                assertThat(value).as("property %s of %s", name, component.getClass().getSimpleName())
                        .doesNotStartWith("!");
            });
        });
    }
}
