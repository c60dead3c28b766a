package org.onewindow.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.ItemKind;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.ServiceItemDraft;
import org.onewindow.catalog.ServiceItemField;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.i18n.LocaleContextHolder;

/** Each message of the catalog's one check, as the editor reads it beside the field. */
class ServiceItemValidatorTest {

    private static final Set<String> ACTIVE = Set.of("AMR", "HEALTH", "HRSS");

    private final ServiceItemValidator validator = new ServiceItemValidator();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static ServiceItemDraft complete() {
        return new ServiceItemDraft("AMR-009", "食品经营许可证核发", "Issuance of food business licence", ItemKind.PROMISED,
                20, 10, "AMR", List.of("HEALTH"),
                List.of(new MaterialRequirement("营业执照", "Business licence", true, false, 1)), true, "指南", "Guide",
                false);
    }

    private static ServiceItemDraft with(ServiceItemDraft d, Integer legal, Integer promised, ItemKind kind) {
        return new ServiceItemDraft(d.code(), d.nameZh(), d.nameEn(), kind, legal, promised, d.leadDepartmentCode(),
                d.collaboratingDepartmentCodes(), d.materials(), d.onlineApplication(), d.guideZh(), d.guideEn(),
                d.atMostOneVisit());
    }

    private InvalidInputException publishing(ServiceItemDraft draft) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> validator.checkPublishable(draft, ACTIVE::contains));
    }

    private InvalidInputException drafting(ServiceItemDraft draft) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> validator.checkDraft(draft, code -> code.equals("AMR-001")));
    }

    @Test
    void aCompleteItemPassesBothChecks() {
        assertThatCode(() -> validator.checkDraft(complete(), code -> false)).doesNotThrowAnyException();
        assertThatCode(() -> validator.checkPublishable(complete(), ACTIVE::contains)).doesNotThrowAnyException();
        // An instant item has no promised limit.
        assertThatCode(() -> validator.checkPublishable(with(complete(), 1, null, ItemKind.INSTANT),
                ACTIVE::contains)).doesNotThrowAnyException();
    }

    @Test
    void codesAreCheckedWhenAnItemIsOpened() {
        ServiceItemDraft d = complete();
        assertThat(drafting(new ServiceItemDraft(" ", null, null, null, null, null, null, null, null, false, null,
                null, false)).errorFor(ServiceItemField.CODE)).isEqualTo("Give the item a code, e.g. AMR-004.");
        assertThat(drafting(new ServiceItemDraft("amr 4", d.nameZh(), d.nameEn(), d.kind(), 1, 1, null, null, null,
                false, null, null, false)).errorFor(ServiceItemField.CODE))
                .isEqualTo("A code is made of capital letters, digits and hyphens, e.g. AMR-004.");
        assertThat(drafting(new ServiceItemDraft("A".repeat(33), null, null, null, null, null, null, null, null,
                false, null, null, false)).errorFor(ServiceItemField.CODE))
                .isEqualTo("The code is too long (at most 32 characters).");
        assertThat(drafting(new ServiceItemDraft("AMR-001", null, null, null, null, null, null, null, null, false,
                null, null, false)).errorFor(ServiceItemField.CODE)).isEqualTo("Service item AMR-001 already exists.");
    }

    @Test
    void anIncompleteDraftMayBeSavedButNotPublished() {
        ServiceItemDraft empty = new ServiceItemDraft("AMR-010", "", "", ItemKind.PROMISED, null, null, null, List.of(),
                List.of(), true, "", "", false);
        assertThatCode(() -> validator.checkDraft(empty, code -> false)).doesNotThrowAnyException();

        InvalidInputException refused = publishing(empty);
        assertThat(refused.errorFor(ServiceItemField.NAME_ZH)).isEqualTo("Give the item its Chinese name.");
        assertThat(refused.errorFor(ServiceItemField.NAME_EN)).isEqualTo("Give the item its English name.");
        assertThat(refused.errorFor(ServiceItemField.LEGAL_LIMIT_DAYS))
                .isEqualTo("Give the legal time limit in working days.");
        assertThat(refused.errorFor(ServiceItemField.PROMISED_LIMIT_DAYS))
                .isEqualTo("Give the promised time limit in working days.");
        assertThat(refused.errorFor(ServiceItemField.LEAD_DEPARTMENT_CODE)).isEqualTo("Choose the lead department.");
        assertThat(refused.errorFor(ServiceItemField.MATERIALS)).isEqualTo(
                "An item without materials cannot be published: list at least one material the citizen brings.");
    }

    @Test
    void aTimeLimitOfZeroAndAPromiseBeyondTheLawAreRefused() {
        InvalidInputException zero = publishing(with(complete(), 0, 0, ItemKind.PROMISED));
        assertThat(zero.errorFor(ServiceItemField.LEGAL_LIMIT_DAYS)).isEqualTo(
                "A time limit of 0 is not possible: the legal time limit is at least one working day.");
        assertThat(zero.errorFor(ServiceItemField.PROMISED_LIMIT_DAYS)).startsWith(
                "A time limit of 0 is not possible for a promised item: promise at least one working day, or make it "
                        + "an instant item");

        assertThat(publishing(with(complete(), 10, 20, ItemKind.PROMISED)).errorFor(
                ServiceItemField.PROMISED_LIMIT_DAYS))
                .isEqualTo("The promised time limit (20 working days) cannot be longer than the legal one (10).");
        assertThat(drafting(with(complete(), 251, -1, ItemKind.PROMISED)).fieldErrors())
                .containsEntry("legalLimitDays", "A time limit is between 0 and 250 working days.")
                .containsEntry("promisedLimitDays", "A time limit is between 0 and 250 working days.");
        assertThat(publishing(with(complete(), 0, null, ItemKind.INSTANT)).fieldErrors())
                .containsOnlyKeys("legalLimitDays");
        assertThat(publishing(with(complete(), 5, null, null)).errorFor(ServiceItemField.KIND))
                .isEqualTo("Choose whether the item is instant or promised.");
    }

    @Test
    void departmentsMustBeActiveAndTheLeadNoCollaborator() {
        ServiceItemDraft d = complete();
        InvalidInputException unknown = publishing(new ServiceItemDraft(d.code(), d.nameZh(), d.nameEn(), d.kind(), 20,
                10, "GONE", List.of("AMR"), d.materials(), true, null, null, false));
        assertThat(unknown.errorFor(ServiceItemField.LEAD_DEPARTMENT_CODE))
                .isEqualTo("Department GONE does not exist or is inactive.");
        assertThat(publishing(new ServiceItemDraft(d.code(), d.nameZh(), d.nameEn(), d.kind(), 20, 10, "AMR",
                List.of("OLD"), d.materials(), true, null, null, false))
                .errorFor(ServiceItemField.COLLABORATING_DEPARTMENT_CODES))
                .isEqualTo("Department OLD does not exist or is inactive.");
        assertThat(publishing(new ServiceItemDraft(d.code(), d.nameZh(), d.nameEn(), d.kind(), 20, 10, "AMR",
                List.of("HEALTH", "AMR"), d.materials(), true, null, null, false))
                .errorFor(ServiceItemField.COLLABORATING_DEPARTMENT_CODES))
                .isEqualTo("Collaborating departments must differ from each other and from the lead.");
    }

    @Test
    void materialRowsAreNamedInTheMessage() {
        ServiceItemDraft d = complete();
        List<MaterialRequirement> rows = List.of(new MaterialRequirement("营业执照", "Business licence", true, false, 1),
                new MaterialRequirement("身份证", " ", true, true, 1),
                new MaterialRequirement("平面图", "Floor plan", true, false, 0));
        ServiceItemDraft draft = new ServiceItemDraft(d.code(), d.nameZh(), d.nameEn(), d.kind(), 20, 10, "AMR",
                List.of(), rows, true, null, null, false);
        assertThat(drafting(draft).errorFor(ServiceItemField.MATERIALS))
                .isEqualTo("Material row 3: the number of copies is between 1 and 20.");
        // Copies first: a row that cannot be saved is not checked for completeness yet.
        assertThat(publishing(draft).errorFor(ServiceItemField.MATERIALS))
                .isEqualTo("Material row 3: the number of copies is between 1 and 20.");
        ServiceItemDraft unnamed = new ServiceItemDraft(d.code(), d.nameZh(), d.nameEn(), d.kind(), 20, 10, "AMR",
                List.of(), rows.subList(0, 2), true, null, null, false);
        assertThat(publishing(unnamed).errorFor(ServiceItemField.MATERIALS))
                .isEqualTo("Material row 2: give its name in Chinese and in English.");
        List<MaterialRequirement> tooMany = java.util.Collections.nCopies(51, rows.get(0));
        assertThat(drafting(new ServiceItemDraft(d.code(), null, null, null, null, null, null, null, tooMany, false,
                null, null, false)).errorFor(ServiceItemField.MATERIALS))
                .isEqualTo("An item asks for at most 50 materials.");
    }

    @Test
    void lengthsAreCheckedInEveryDraft() {
        ServiceItemDraft d = complete();
        InvalidInputException refused = drafting(new ServiceItemDraft(d.code(), "名".repeat(201), d.nameEn(),
                d.kind(), 20, 10, "AMR", List.of(), List.of(new MaterialRequirement("材".repeat(201), "M", true, false,
                        1)),
                true, "指".repeat(2001), null, false));
        assertThat(refused.errorFor(ServiceItemField.NAME_ZH))
                .isEqualTo("The name is too long (at most 200 characters).");
        assertThat(refused.errorFor(ServiceItemField.GUIDE_ZH))
                .isEqualTo("The guide is too long (at most 2000 characters).");
        assertThat(refused.errorFor(ServiceItemField.MATERIALS))
                .isEqualTo("Material row 1: the name is too long (at most 200 characters).");
    }

    @Test
    void messagesAreInTheEditorsLanguage() {
        LocaleContextHolder.setLocale(Translations.CHINESE);
        InvalidInputException zero = publishing(with(complete(), 0, 0, ItemKind.PROMISED));
        assertThat(zero.errorFor(ServiceItemField.LEGAL_LIMIT_DAYS))
                .isEqualTo("办理时限不能为 0：法定办结时限至少为 1 个工作日。");
        ServiceItemDraft d = complete();
        assertThat(publishing(new ServiceItemDraft(d.code(), d.nameZh(), d.nameEn(), d.kind(), 20, 10, "AMR",
                List.of(), List.of(), true, null, null, false)).errorFor(ServiceItemField.MATERIALS))
                .isEqualTo("没有申请材料的事项不能发布：请至少列出一项申请人需提交的材料。");
    }
}
