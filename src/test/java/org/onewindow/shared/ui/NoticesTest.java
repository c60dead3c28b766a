package org.onewindow.shared.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.notification.Notification;

/** Notices are shown one way (docs/architecture.md, "One way each"), away from the forms' buttons. */
class NoticesTest {

    @BeforeEach
    void screen() {
        MockVaadin.setup();
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void confirmationsAndWarningsOpenAtTheTopCentreAndWarningsStayLonger() {
        Notification done = Notices.done("Saved.");
        Notification warned = Notices.warn("Someone else claimed it.");
        Notification failed = Notices.error("The file cannot be read.");

        assertThat(done.getPosition()).isEqualTo(Notification.Position.TOP_CENTER);
        assertThat(warned.getPosition()).isEqualTo(Notification.Position.TOP_CENTER);
        assertThat(done.getDuration()).isEqualTo(Notices.DONE_MILLIS);
        assertThat(warned.getDuration()).isGreaterThan(done.getDuration());
        assertThat(failed.getDuration()).isGreaterThan(done.getDuration());
        assertThat(done.getThemeNames()).containsExactly("success");
        assertThat(warned.getThemeNames()).containsExactly("warning");
        assertThat(failed.getThemeNames()).containsExactly("error");
        assertThat(done.getClassNames()).contains(Notices.CLASS_NAME);
        NotificationsKt.expectNotifications("Saved.", "Someone else claimed it.", "The file cannot be read.");
    }

    @Test
    void noScreenOpensANotificationOfItsOwn() {
        noClasses().that().doNotHaveFullyQualifiedName(Notices.class.getName()).should()
                .callMethod(Notification.class, "show", String.class).orShould()
                .callMethod(Notification.class, "show", String.class, int.class, Notification.Position.class)
                .orShould().callConstructor(Notification.class, String.class, int.class, Notification.Position.class)
                .orShould().callMethod(Notification.class, "setPosition", Notification.Position.class)
                .because("notices go through shared.ui.Notices, whose place never covers a form's buttons")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.onewindow"));
    }
}
