package org.onewindow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Every value of the module's enums has a label in both languages under a key any module's screens can build
 * ({@code intake.status.} + the constant's name); the services' messages follow the language of the request.
 */
class IntakeTextsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everyEnumValueHasALabelInBothLanguages() {
        Map<String, List<? extends Enum<?>>> enums = Map.of("intake.idType.", List.of(IdType.values()),
                "intake.channel.", List.of(Channel.values()), "intake.status.", List.of(CaseStatus.values()),
                "intake.outcome.", List.of(Outcome.values()));
        enums.forEach((prefix, values) -> values.forEach(value -> {
            String english = Translations.text(Translations.ENGLISH, prefix + value.name());
            String chinese = Translations.text(Translations.CHINESE, prefix + value.name());
            assertThat(Stream.of(english, chinese)).as(prefix + value.name()).noneMatch(text -> text.startsWith("!"));
            assertThat(chinese).as(prefix + value.name()).isNotEqualTo(english);
        }));
        assertThat(Translations.text(Translations.CHINESE, "intake.status.WAITING_FOR_MATERIALS")).isEqualTo("待补正材料");
        assertThat(Translations.text(Translations.ENGLISH, "intake.outcome.REJECTED")).isEqualTo("Not approved");
    }

    @Test
    void idNumberProblemsAreInTheLanguageOfTheRequest() {
        assertThat(ResidentIdNumber.problem("110105194912310021", TODAY))
                .isEqualTo("The check character of this ID number does not match; please check each digit.");

        LocaleContextHolder.setLocale(Translations.CHINESE);
        assertThat(ResidentIdNumber.problem("110105194912310021", TODAY)).isEqualTo("该身份证号码的校验位不符，请逐位核对。");
        assertThat(ResidentIdNumber.problem("12345", TODAY)).isEqualTo("居民身份证号码应为17位数字加1位数字或字母X。");
    }
}
