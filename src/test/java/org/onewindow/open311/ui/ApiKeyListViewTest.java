package org.onewindow.open311.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.open311.ApiKey;
import org.onewindow.open311.ApiKeyService;
import org.onewindow.open311.IssuedApiKey;
import org.onewindow.open311.NewApiKey;
import org.onewindow.open311.NewApiKeyField;
import org.onewindow.open311.Open311Properties;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.support.MutableClock;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** The administrators' API key screen: a new key shown once, keys revoked after a confirmation; in both languages. */
class ApiKeyListViewTest {

    private static final Instant CREATED = Instant.parse("2026-11-28T06:05:00Z");
    private static final String SECRET = "ow311_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abc";
    private static final ApiKey PORTAL = new ApiKey(1, "Provincial portal", "ow311_Zz9y", 60, CREATED, "admin", null,
            null, null);
    private static final ApiKey APP = new ApiKey(2, "Citizen app", "ow311_AbCd", 20, CREATED, "admin", null, null,
            null);

    private final ApiKeyService apiKeys = mock(ApiKeyService.class);
    private final Open311Properties properties = new Open311Properties("hall.example.gov.cn",
            "http://localhost:8080/open311/v2", "production", "Hall", "Ask the administrators.", 30);
    private ApiKeyListView view;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        when(apiKeys.keys()).thenReturn(List.of(PORTAL));
        view = new ApiKeyListView(apiKeys, properties, new HallDates(new MutableClock(ZoneId.of("Asia/Shanghai"))));
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void createdKeyIsShownOnceAndListedByItsBeginningOnly() {
        assertThat(view.requestsPerMinute.getValue()).isEqualTo(30);
        when(apiKeys.create(new NewApiKey("Citizen app", 20))).thenReturn(new IssuedApiKey(APP, SECRET));
        when(apiKeys.keys()).thenReturn(List.of(APP, PORTAL));

        view.name.setValue("Citizen app");
        view.requestsPerMinute.setValue(20);
        _click(_get(view, Button.class, spec -> spec.withId("api-key-create")));

        assertThat(_get(view, TextField.class, spec -> spec.withId("api-key-secret")).getValue()).isEqualTo(SECRET);
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("api-key-once")).getText())
                .startsWith("Copy the key now and hand it to the client securely: it is shown only this once.");
        assertThat(view.name.getValue()).isEmpty();
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(view.grid, 0, "name")).isEqualTo("Citizen app");
        assertThat(GridKt._getFormatted(view.grid, 0, "prefix")).isEqualTo("ow311_AbCd…");
        assertThat(GridKt._getFormatted(view.grid, 0, "created")).isEqualTo("Nov 28, 2026, 2:05 PM by admin");
        assertThat(GridKt._getFormatted(view.grid, 0, "lastUsed")).isEqualTo("never");

        // Opened again, the screen has no key to show: the hall keeps only its hash.
        ApiKeyListView again = new ApiKeyListView(apiKeys, properties,
                new HallDates(new MutableClock(ZoneId.of("Asia/Shanghai"))));
        _assertNone(again, TextField.class, spec -> spec.withId("api-key-secret"));
    }

    @Test
    void refusedKeyMarksTheFieldAndShowsNoKey() {
        when(apiKeys.create(new NewApiKey("Provincial portal", 30))).thenThrow(InvalidInputException.of(Map.of(
                NewApiKeyField.NAME,
                "An active key named 'Provincial portal' exists; revoke it first or choose another name.")));

        view.name.setValue("Provincial portal");
        _click(view.create);

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage())
                .isEqualTo("An active key named 'Provincial portal' exists; revoke it first or choose another name.");
        _assertNone(view, TextField.class, spec -> spec.withId("api-key-secret"));
    }

    @Test
    void revokingAsksFirstAndThenListsTheKeyAsRevoked() {
        ApiKey revoked = new ApiKey(1, "Provincial portal", "ow311_Zz9y", 60, CREATED, "admin",
                Instant.parse("2026-11-29T01:00:00Z"), "admin", null);
        when(apiKeys.revoke(1)).thenReturn(revoked);

        _click((Button) GridKt._getCellComponent(view.grid, 0, "revoke"));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("api-key-revoke-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Revoke the key of Provincial portal?");
        _click(_get(Button.class, spec -> spec.withId("api-key-revoke-cancel")));
        verify(apiKeys, never()).revoke(1);

        when(apiKeys.keys()).thenReturn(List.of(revoked));
        _click((Button) GridKt._getCellComponent(view.grid, 0, "revoke"));
        _click(_get(Button.class, spec -> spec.withId("api-key-revoke-confirm")));

        verify(apiKeys).revoke(1);
        assertThat(GridKt._getFormatted(view.grid, 0, "status")).isEqualTo("revoked Nov 29, 2026, 9:00 AM by admin");
        assertThat(GridKt._getCellComponent(view.grid, 0, "revoke")).isNotInstanceOf(Button.class);
    }

    @Test
    void screenInChinese() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        ApiKeyListView chinese = new ApiKeyListView(apiKeys, properties,
                new HallDates(new MutableClock(ZoneId.of("Asia/Shanghai"))));
        UI.getCurrent().add(chinese);

        assertThat(chinese.getPageTitle()).isEqualTo("Open311 接口密钥 | 一窗通办");
        assertThat(chinese.name.getLabel()).isEqualTo("调用方");
        assertThat(chinese.create.getText()).isEqualTo("创建密钥");
        assertThat(GridKt._getFormatted(chinese.grid, 0, "created")).isEqualTo("2026年11月28日 14:05，admin创建");
        assertThat(GridKt._getFormatted(chinese.grid, 0, "lastUsed")).isEqualTo("从未使用");
        assertThat(GridKt._getFormatted(chinese.grid, 0, "status")).isEqualTo("有效");
        assertThat(chinese.getElement().getTextRecursively()).contains("Open311 接口密钥", "密钥仅在创建时显示一次")
                .doesNotContain("!");

        when(apiKeys.create(new NewApiKey("市民App", 20))).thenReturn(new IssuedApiKey(APP, SECRET));
        chinese.name.setValue("市民App");
        chinese.requestsPerMinute.setValue(20);
        _click(chinese.create);
        assertThat(_get(chinese, TextField.class, spec -> spec.withId("api-key-secret")).getLabel())
                .isEqualTo("Citizen app的接口密钥");
        assertThat(_get(chinese, Paragraph.class, spec -> spec.withId("api-key-once")).getText())
                .isEqualTo("请立即复制该密钥并以安全方式交给调用方：密钥仅显示这一次。其限额为每分钟20次请求。");

        _click((Button) GridKt._getCellComponent(chinese.grid, 0, "revoke"));
        assertThat(_get(Dialog.class, spec -> spec.withId("api-key-revoke-dialog")).getHeaderTitle())
                .isEqualTo("吊销“Provincial portal”的密钥？");
    }
}
