package org.onewindow.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.i18n.Translations;
import org.springframework.transaction.CannotCreateTransactionException;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.ErrorEvent;

/** A screen whose database is gone says so in the reader's language instead of failing silently or with a trace. */
class UiErrorHandlerTest {

    private static final String ENGLISH = "The database cannot be reached at the moment; nothing was saved. Try again in a minute.";
    private static final String CHINESE = "暂时无法连接数据库，本次操作未保存任何内容。请过一分钟再试。";

    private final UiErrorHandler handler = new UiErrorHandler();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aClickThatFindsNoDatabaseIsExplainedInTheReadersLanguage() {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        handler.error(new ErrorEvent(noConnection()));
        NotificationsKt.expectNotifications(ENGLISH);

        UI.getCurrent().setLocale(Translations.CHINESE);
        handler.error(new ErrorEvent(noConnection()));
        NotificationsKt.expectNotifications(CHINESE);
    }

    @Test
    void otherFailuresAreLeftToVaadinsDefaultHandler() {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        handler.error(new ErrorEvent(new IllegalStateException("a bug")));
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void aScreenThatCouldNotOpenForWantOfAConnectionSaysSo() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        DatabaseUnavailableView chinese = new DatabaseUnavailableView();
        assertThat(_get(chinese, H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("请稍后再试");
        assertThat(_get(chinese, Paragraph.class, spec -> spec.withId("error-text")).getText()).isEqualTo(CHINESE);

        UI.getCurrent().setLocale(Translations.ENGLISH);
        DatabaseUnavailableView english = new DatabaseUnavailableView();
        assertThat(english.getPageTitle()).isEqualTo("Please try again in a minute");
        assertThat(_get(english, Paragraph.class, spec -> spec.withId("error-text")).getText()).isEqualTo(ENGLISH);
    }

    /** What a service call gives when Hikari finds no connection within its timeout. */
    private static Exception noConnection() {
        return new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 5000ms"));
    }
}
