package org.onewindow.satisfaction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.Indicator;
import org.onewindow.satisfaction.IndicatorSet;
import org.onewindow.satisfaction.IndicatorSetDraft;
import org.onewindow.satisfaction.IndicatorSetField;
import org.onewindow.satisfaction.IndicatorSetService;
import org.onewindow.satisfaction.IndicatorSetState;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.support.MutableClock;
import org.springframework.context.i18n.LocaleContextHolder;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** The administrators' indicator sets: versions per channel, a draft edited in a dialog, publishing confirmed. */
class IndicatorSetsViewTest {

    private static final Instant AT = Instant.parse("2026-11-28T06:05:00Z");
    private static final List<Indicator> FIVE = List.of(new Indicator("TIMELINESS", "办理时效", "Timeliness"),
            new Indicator("ATTITUDE", "服务态度", "Staff attitude"));
    private static final IndicatorSet ONLINE_V1 = new IndicatorSet(3, EvaluationChannel.ONLINE, 1,
            IndicatorSetState.RETIRED, "The five dimensions asked so far", FIVE, AT, "system", AT, "system");
    private static final IndicatorSet ONLINE_V2 = new IndicatorSet(6, EvaluationChannel.ONLINE, 2,
            IndicatorSetState.PUBLISHED, null,
            List.of(new Indicator("EFFICIENCY", "办事效率", "Processing efficiency"),
                    new Indicator("USABILITY", "平台操作性", "Ease of use")),
            AT, "admin", AT.plusSeconds(60), "admin");
    private static final IndicatorSet WINDOW_V1 = new IndicatorSet(1, EvaluationChannel.WINDOW, 1,
            IndicatorSetState.PUBLISHED, null, FIVE, AT, "system", AT, "system");
    private static final IndicatorSet WINDOW_V2 = new IndicatorSet(9, EvaluationChannel.WINDOW, 2,
            IndicatorSetState.DRAFT, null, FIVE, AT, "admin", null, null);

    private final IndicatorSetService service = mock(IndicatorSetService.class);
    private IndicatorSetsView view;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        when(service.history(any())).thenReturn(List.of());
        when(service.history(EvaluationChannel.ONLINE)).thenReturn(List.of(ONLINE_V2, ONLINE_V1));
        when(service.history(EvaluationChannel.WINDOW)).thenReturn(List.of(WINDOW_V2, WINDOW_V1));
    }

    @AfterEach
    void tearDown() {
        LocaleContextHolder.resetLocaleContext();
        MockVaadin.tearDown();
    }

    @Test
    void everyVersionOfEveryChannelIsListedInChinese() {
        open(Translations.CHINESE);

        assertThat(view.getPageTitle()).isEqualTo("评价指标");
        assertThat(GridKt._size(view.grid)).isEqualTo(4);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).startsWith("现场评价（窗口、评价器、办结通知书）", "v2", "草稿",
                "办理时效 · 服务态度");
        assertThat(GridKt._getFormattedRow(view.grid, 2)).startsWith("网上办件评价", "v2", "已发布", "办事效率 · 平台操作性");
        assertThat(GridKt._getFormatted(view.grid, 2, "published")).isEqualTo("2026年11月28日 14:06，admin");
        assertThat(GridKt._getFormatted(view.grid, 3, "state")).isEqualTo("已停用");
        // A draft is edited, published or discarded; a published version gets a new one unless a draft waits.
        assertThat(view.getElement().getTextRecursively()).doesNotContain("!satisfaction.");
        assertThat(action(0, "indicator-set-edit-9").getText()).isEqualTo("编辑");
        assertThat(action(0, "indicator-set-publish-9").getText()).isEqualTo("发布");
        assertThat(action(2, "indicator-set-new-ONLINE").getText()).isEqualTo("新建版本");
        assertThat(actions(1)).as("the window's published version: its draft waits").isEmpty();
        assertThat(actions(2)).as("a published version is not edited").containsExactly("新建版本");
        assertThat(actions(3)).as("a retired version neither").isEmpty();
    }

    @Test
    void aDraftIsEditedInADialogAndSavedAsOneCommand() {
        open(Translations.ENGLISH);
        IndicatorSet saved = new IndicatorSet(9, EvaluationChannel.WINDOW, 2, IndicatorSetState.DRAFT, "Province",
                List.of(new Indicator("ATTITUDE", "服务态度", "Staff attitude"),
                        new Indicator("EFFICIENCY", "服务效率", "Efficiency")),
                AT, "admin", null, null);
        when(service.saveDraft(eq(9L), any())).thenReturn(saved);

        _click(action(0, "indicator-set-edit-9"));
        IndicatorSetDialog dialog = _get(IndicatorSetDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("In the hall (window, kiosk, printed notice): indicators, "
                + "version 2");
        assertThat(field("indicator-code-0").getValue()).isEqualTo("TIMELINESS");
        _click(button("indicator-down-0"));
        assertThat(field("indicator-code-0").getValue()).isEqualTo("ATTITUDE");
        _click(button("indicator-remove-1"));
        _click(button("indicator-add"));
        field("indicator-code-1").setValue("EFFICIENCY");
        field("indicator-name-zh-1").setValue("服务效率");
        field("indicator-name-en-1").setValue("Efficiency");
        dialog.note.setValue("Province");
        _click(dialog.save);

        verify(service).saveDraft(9L, new IndicatorSetDraft("Province", saved.indicators()));
        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNotifications("In the hall (window, kiosk, printed notice): version 2 saved as a draft.");
    }

    @Test
    void aRefusedDraftIsShownOnItsFieldsAndTheDialogStaysOpen() {
        open(Translations.ENGLISH);
        when(service.saveDraft(anyLong(), any())).thenThrow(InvalidInputException.of(Map.of(
                IndicatorSetField.INDICATORS, "Indicator 2: the code ATTITUDE is used twice.")));
        _click(action(0, "indicator-set-edit-9"));
        IndicatorSetDialog dialog = _get(IndicatorSetDialog.class);
        field("indicator-code-1").setValue("ATTITUDE");

        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.indicators.isInvalid()).isTrue();
        assertThat(dialog.indicators.getErrorMessage()).isEqualTo("Indicator 2: the code ATTITUDE is used twice.");
        NotificationsKt.expectNoNotifications();

        // A version published meanwhile: the dialog's message line says so.
        org.mockito.Mockito.doThrow(new BusinessRuleException("Version 2 is Published.")).when(service)
                .saveDraft(anyLong(), any());
        _click(dialog.save);
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withId("indicator-set-message")).getText())
                .isEqualTo("Version 2 is Published.");
    }

    @Test
    void publishingIsConfirmedAndSaysWhatBecomesOfTheOldVersion() {
        open(Translations.CHINESE);
        when(service.publish(9L)).thenReturn(new IndicatorSet(9, EvaluationChannel.WINDOW, 2,
                IndicatorSetState.PUBLISHED, null, FIVE, AT, "admin", AT, "admin"));

        _click(action(0, "indicator-set-publish-9"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("发布现场评价（窗口、评价器、办结通知书）第2版？");
        assertThat(ConfirmDialogKt.getText(confirm)).isEqualTo("此后的评价使用第2版。目前发布的版本停用，并与按其作出的评价"
                + "一起保留，供统计报表使用。已发布的版本不能修改。");
        verify(service, never()).publish(anyLong());

        ConfirmDialogKt._fireConfirm(confirm);

        verify(service).publish(9L);
        NotificationsKt.expectNotifications("现场评价（窗口、评价器、办结通知书）：第2版已发布。");
    }

    @Test
    void aNewVersionStartsAsADraftOpenInTheDialog() {
        open(Translations.ENGLISH);
        IndicatorSet draft = new IndicatorSet(10, EvaluationChannel.ONLINE, 3, IndicatorSetState.DRAFT, null,
                ONLINE_V2.indicators(), AT, "admin", null, null);
        when(service.createDraft(EvaluationChannel.ONLINE)).thenReturn(draft);

        _click(action(2, "indicator-set-new-ONLINE"));

        verify(service).createDraft(EvaluationChannel.ONLINE);
        assertThat(field("indicator-code-1").getValue()).isEqualTo("USABILITY");
        assertThat(field("indicator-name-en-1").getValue()).isEqualTo("Ease of use");
    }

    private void open(Locale language) {
        UI.getCurrent().setLocale(language);
        LocaleContextHolder.setLocale(language);
        view = new IndicatorSetsView(service, new HallDates(new MutableClock(ZoneId.of("Asia/Shanghai"))));
        UI.getCurrent().add(view);
    }

    /** The button of a row's actions. */
    private Button action(int row, String id) {
        return _get(GridKt._getCellComponent(view.grid, row, "actions"), Button.class, spec -> spec.withId(id));
    }

    /** The texts of a row's action buttons. */
    private List<String> actions(int row) {
        return com.github.mvysny.kaributesting.v10.LocatorJ
                ._find(GridKt._getCellComponent(view.grid, row, "actions"), Button.class).stream()
                .map(Button::getText).toList();
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }
}
