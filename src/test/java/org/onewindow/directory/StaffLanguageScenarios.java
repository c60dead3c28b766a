package org.onewindow.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.i18n.LanguageChosen;
import org.onewindow.shared.i18n.Translations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** A staff member's language choice on screen is kept for their e-mails; new accounts start in Chinese. */
abstract class StaffLanguageScenarios {

    @Autowired
    DirectoryService directory;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void theLanguageChosenOnScreenIsKept() {
        StaffMember member = directory.createStaff(new StaffAccount("lang.tester." + System.nanoTime(), "语言测试",
                "Lang Tester", null, "lang@hall.example.gov.cn", null, Set.of(AppRoles.FRONT_DESK), Set.of(),
                "secret-password"));
        assertThat(member.language()).isEqualTo(Translations.CHINESE);

        events.publishEvent(new LanguageChosen(member.username(), Translations.ENGLISH));
        assertThat(directory.staff(member.username()).orElseThrow().language()).isEqualTo(Translations.ENGLISH);

        events.publishEvent(new LanguageChosen(member.username(), java.util.Locale.TRADITIONAL_CHINESE));
        assertThat(directory.staff(member.username()).orElseThrow().language()).isEqualTo(Translations.CHINESE);
    }

    @Test
    void aChoiceOfAnUnknownNameChangesNothing() {
        String nobody = "nobody-" + System.nanoTime();
        events.publishEvent(new LanguageChosen(nobody, Translations.ENGLISH));
        assertThat(directory.staff(nobody)).isEmpty();
    }
}
