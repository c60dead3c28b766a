package org.onewindow.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.onewindow.intake.RegistrationField.ADDRESS;
import static org.onewindow.intake.RegistrationField.CHANNEL;
import static org.onewindow.intake.RegistrationField.ENTERPRISE_NAME;
import static org.onewindow.intake.RegistrationField.CITIZEN_NAME;
import static org.onewindow.intake.RegistrationField.EMAIL;
import static org.onewindow.intake.RegistrationField.ID_NUMBER;
import static org.onewindow.intake.RegistrationField.MOBILE;
import static org.onewindow.intake.RegistrationField.NOTES;
import static org.onewindow.intake.RegistrationField.RECEIVED_MATERIALS;
import static org.onewindow.intake.RegistrationField.SERVICE_ITEM_CODE;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.AgentRole;
import org.onewindow.intake.EnterpriseApplicant;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.i18n.LocaleContextHolder;

/** The registration's field messages: English outside a request, the screen's language in one. */
class RegistrationValidatorTest {

    private static final ServiceItem CARD = ServiceItem.published("HRSS-001", "Social security card application", "",
            "HRSS", List.of(), List.of("Resident ID card", "Recent photo"), 5, true);

    private final CatalogService catalog = mock(CatalogService.class);
    private final CitizenRepository citizens = mock(CitizenRepository.class);
    private final RegistrationValidator validator = new RegistrationValidator(catalog, citizens,
            Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void messagesAreInEnglishOutsideARequest() {
        when(catalog.item(any())).thenReturn(Optional.of(CARD));
        assertThat(validator.validate(bad())).containsEntry(CITIZEN_NAME, "Enter the applicant's name.")
                .containsEntry(MOBILE, "A mobile number has 11 digits and starts with 13 to 19.")
                .containsEntry(RECEIVED_MATERIALS, "'A bribe' is not a required material of this item.")
                .containsEntry(NOTES, "Notes are too long (at most 2000 characters).");
    }

    @Test
    void aNameLongerThanTheLimitIsRefusedWithItsLength() {
        when(catalog.item(any())).thenReturn(Optional.of(CARD));
        CaseRegistration longName = CaseRegistration.of(IdType.PASSPORT, "E12345678", "x".repeat(200), "13800138000",
                "HRSS-001", List.of(), null, Channel.WINDOW);
        CaseRegistration atTheLimit = CaseRegistration.of(IdType.PASSPORT, "E12345678",
                " " + "x".repeat(CaseRegistration.MAX_CITIZEN_NAME) + " ", "13800138000", "HRSS-001", List.of(), null,
                Channel.WINDOW);

        assertThat(validator.validate(longName))
                .containsEntry(CITIZEN_NAME, "The name has 200 characters; a name has at most 100.");
        assertThat(validator.validate(atTheLimit)).doesNotContainKey(CITIZEN_NAME);
        LocaleContextHolder.setLocale(Translations.CHINESE);
        assertThat(validator.validate(longName))
                .containsEntry(CITIZEN_NAME, "姓名共200个字符，最多只能100个字符，请核对。");
    }

    @Test
    void anEnterpriseNameOrAddressLongerThanTheLimitIsRefusedWithItsLength() {
        when(catalog.item(any())).thenReturn(Optional.of(CARD));
        CaseRegistration tooLong = CaseRegistration.of(IdType.PASSPORT, "E12345678", "Anna", "13800138000",
                "HRSS-001", List.of(), null, Channel.WINDOW, null, "a".repeat(250),
                new EnterpriseApplicant("91110000600037341L", "e".repeat(230), AgentRole.AGENT));
        CaseRegistration atTheLimit = CaseRegistration.of(IdType.PASSPORT, "E12345678", "Anna", "13800138000",
                "HRSS-001", List.of(), null, Channel.WINDOW, null, " " + "a".repeat(CaseRegistration.MAX_ADDRESS) + " ",
                new EnterpriseApplicant("91110000600037341L", "e".repeat(CaseRegistration.MAX_ENTERPRISE_NAME),
                        AgentRole.AGENT));

        assertThat(validator.validate(tooLong))
                .containsEntry(ADDRESS, "The address has 250 characters; an address has at most 200.")
                .containsEntry(ENTERPRISE_NAME,
                        "The enterprise name has 230 characters; an enterprise name has at most 200.");
        assertThat(validator.validate(atTheLimit)).doesNotContainKeys(ADDRESS, ENTERPRISE_NAME);
        LocaleContextHolder.setLocale(Translations.CHINESE);
        assertThat(validator.validate(tooLong)).containsEntry(ADDRESS, "地址共250个字符，最多只能200个字符，请核对。")
                .containsEntry(ENTERPRISE_NAME, "企业名称共230个字符，最多只能200个字符，请核对。");
    }

    @Test
    void messagesAreInChineseForAChineseScreen() {
        when(catalog.item(any())).thenReturn(Optional.of(CARD));
        LocaleContextHolder.setLocale(Translations.CHINESE);
        assertThat(validator.validate(bad())).containsEntry(CITIZEN_NAME, "请输入申请人姓名。")
                .containsEntry(MOBILE, "手机号码应为11位数字，以13至19开头。")
                .containsEntry(RECEIVED_MATERIALS, "“A bribe”不是该事项所需的材料。")
                .containsEntry(NOTES, "备注过长（最多2000个字符）。");
        when(catalog.item(any())).thenReturn(Optional.empty());
        assertThat(validator.validate(CaseRegistration.of(IdType.PASSPORT, "1", "Anna", "13800138000", "NO-SUCH",
                List.of(), null, null))).containsEntry(ID_NUMBER, "证件号码应为5至20位字母或数字。")
                .containsEntry(SERVICE_ITEM_CODE, "未知的办理事项：NO-SUCH。").containsEntry(CHANNEL, "缺少受理渠道。");
    }

    @Test
    void anEmptyMobileKeepsTheOneOnRecordAtTheWindowAndMayBeLeftOutOnline() {
        when(catalog.item(any())).thenReturn(Optional.of(CARD));
        CaseRegistration window = CaseRegistration.of(IdType.RESIDENT_ID, "11010519491231002X", "Lan Zhao", " ",
                "HRSS-001", List.of(), null, Channel.WINDOW);
        assertThat(validator.validate(window))
                .containsEntry(MOBILE, "Enter a mobile phone number, so that the citizen can be reached.");
        CaseRegistration online = new CaseRegistration(IdType.RESIDENT_ID, "11010519491231002X", "Lan Zhao", null,
                "HRSS-001", List.of(), null, Channel.ONLINE, null, null, null, "not an address");
        assertThat(validator.validate(online)).containsOnlyKeys(EMAIL);

        when(citizens.findByIdTypeAndIdNumber(IdType.RESIDENT_ID, "11010519491231002X")).thenReturn(Optional.of(
                new CitizenEntity("Lan Zhao", IdType.RESIDENT_ID, "11010519491231002X", "13800138000", Instant.EPOCH)));
        assertThat(validator.validate(window)).isEmpty();
    }

    @Test
    void anIdNumberBornAfterTheHallsTodayIsRefused() {
        // The validator's clock says 2026-06-01 in the hall; this applicant would be born on 2026-06-02.
        when(catalog.item(any())).thenReturn(Optional.of(CARD));
        String bornTomorrow = "110105202606020021"; // check character 1 computed by GB 11643-1999
        CaseRegistration registration = CaseRegistration.of(IdType.RESIDENT_ID, bornTomorrow, "Lan Zhao",
                "13800138000", "HRSS-001", List.of(), null, Channel.WINDOW);
        assertThat(validator.validate(registration)).containsEntry(ID_NUMBER,
                "The birth date in this ID number (digits 7 to 14) is not a real date.");
    }

    private static CaseRegistration bad() {
        return CaseRegistration.of(IdType.RESIDENT_ID, "11010519491231002X", " ", "12345", "HRSS-001",
                List.of("A bribe"), "n".repeat(CaseRegistration.MAX_NOTES + 1), Channel.WINDOW);
    }
}
