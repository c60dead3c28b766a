package org.onewindow.satisfaction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.directory.DirectoryService;
import org.onewindow.satisfaction.CallBack;
import org.onewindow.satisfaction.CallBackField;
import org.onewindow.satisfaction.CitizenCallBack;
import org.onewindow.satisfaction.JurisdictionRules;
import org.onewindow.satisfaction.Rectification;
import org.onewindow.satisfaction.RectificationService;
import org.onewindow.satisfaction.RectificationStage;
import org.onewindow.satisfaction.Verdict;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.HallDates;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** The call-back a jurisdiction may require at the end of a bad review, on the bad review's page. */
class CallBackViewTest {

    private static final Instant OPENED = Instant.parse("2026-11-30T02:00:00Z");
    private static final Instant FED_BACK = OPENED.plusSeconds(8 * 86400);
    private static final String CASE = "OW-20261128-00042";

    private final RectificationService rectifications = mock(RectificationService.class);
    private final DirectoryService directory = mock(DirectoryService.class);
    private final HallDates dates = new HallDates(Clock.fixed(FED_BACK, ZoneId.of("Asia/Shanghai")));

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        when(directory.departmentName(any(), any())).thenReturn("人社局");
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void followUpStaffRecordTheCallBackOnTheBadReviewsPage() {
        RectificationView view = show(Locale.ENGLISH, callBackDue().withActions(false, false, false, true, true));

        assertThat(texts(view)).contains("Call the citizen back").contains("Call-back due");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> reached = _get(view, RadioButtonGroup.class,
                spec -> spec.withId("call-back-reached"));
        reached.setValue(true);
        TextArea said = _get(view, TextArea.class, spec -> spec.withId("call-back-citizen-said"));
        assertThat(said.getMaxLength()).isEqualTo(CallBack.MAX_CITIZEN_SAID_LENGTH);
        said.setValue("Content with the new checklist.");
        _get(view, Button.class, spec -> spec.withId("call-back-save")).click();

        org.mockito.Mockito.verify(rectifications).recordCallBack(CASE,
                new CallBack(true, "Content with the new checklist."));
    }

    @Test
    void aRefusedCallBackShowsItsMessagesOnTheFieldsAndKeepsWhatWasTyped() {
        doThrow(InvalidInputException.of(Map.of(CallBackField.REACHED, "Say whether you reached the citizen.")))
                .when(rectifications).recordCallBack(eq(CASE), any());
        RectificationView view = show(Locale.ENGLISH, callBackDue().withActions(false, false, false, true, true));
        TextArea said = _get(view, TextArea.class, spec -> spec.withId("call-back-citizen-said"));
        said.setValue("Rang twice.");
        _get(view, Button.class, spec -> spec.withId("call-back-save")).click();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> reached = _get(view, RadioButtonGroup.class,
                spec -> spec.withId("call-back-reached"));
        assertThat(reached.isInvalid()).isTrue();
        assertThat(reached.getErrorMessage()).isEqualTo("Say whether you reached the citizen.");
        assertThat(said.getValue()).isEqualTo("Rang twice.");
    }

    @Test
    void aRecordedCallBackReadsInChineseAndOffersNoForm() {
        Rectification called = withCallBack(new CitizenCallBack(FED_BACK, FED_BACK.plusSeconds(86400), null, false,
                "上午、下午各拨打一次，无人接听。", "followup", FED_BACK.plusSeconds(3600)));
        RectificationView view = show(Translations.CHINESE, called);

        assertThat(
                _get(view, Div.class, spec -> spec.withId("rectification-call-back")).getElement().getTextRecursively())
                .contains("回访人：followup").contains("未联系上群众：上午、下午各拨打一次，无人接听。");
        assertThat(_find(view, Button.class, spec -> spec.withId("call-back-save"))).isEmpty();
        assertThat(texts(view)).doesNotContain("satisfaction.");
    }

    @Test
    void staffWhoMayNotCallBackSeeTheDueCallBackButNoForm() {
        RectificationView view = show(Translations.CHINESE, callBackDue());

        assertThat(texts(view)).contains("回访时限");
        assertThat(_find(view, Button.class, spec -> spec.withId("call-back-save"))).isEmpty();
    }

    @Test
    void theBadReviewsListShowsThisJurisdictionsRulesReadOnly() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        JurisdictionRules dezhou = new JurisdictionRules(5, 15, true, Duration.ofDays(15), true);
        RectificationListView list = new RectificationListView(rectifications, directory, dates, dezhou);
        UI.getCurrent().add(list);

        assertThat(texts(list)).contains("每条差评须在5个工作日内与群众核实");
        Details rules = _get(list, Details.class, spec -> spec.withId("jurisdiction-rules"));
        assertThat(rules.getSummaryText()).isEqualTo("本地评价规则");
        assertThat(texts(rules)).contains("差评须在5个工作日内与群众核实，在15个工作日内完成整改。")
                .contains("办结后15日内可评价").contains("每条差评办结前须由回访人员电话回访群众。")
                .contains("一事多评：受理和办结时分别评价。").doesNotContain("satisfaction.");
        // Nothing to change there: the rules are the hall's configuration.
        assertThat(_find(rules, Button.class)).isEmpty();
    }

    private RectificationView show(Locale language, Rectification rectification) {
        UI.getCurrent().setLocale(language);
        when(rectifications.rectification(CASE)).thenReturn(rectification);
        RectificationView view = new RectificationView(rectifications, directory, dates);
        view.setParameter(null, CASE);
        view.beforeEnter(null);
        UI.getCurrent().add(view);
        return view;
    }

    private static String texts(Component view) {
        return view.getElement().getTextRecursively() + _find(view, Component.class).stream()
                .map(c -> c.getElement().getProperty("label", "")).collect(Collectors.joining(" "));
    }

    private static Rectification callBackDue() {
        return withCallBack(new CitizenCallBack(FED_BACK, FED_BACK.plusSeconds(86400), null, null, null, null, null));
    }

    private static Rectification withCallBack(CitizenCallBack callBack) {
        return new Rectification(CASE, "社会保障卡补换", "HRSS", RectificationStage.FED_BACK, OPENED,
                OPENED.plusSeconds(86400), null, OPENED.plusSeconds(3600), "hrss.head", Verdict.NOT_JUSTIFIED,
                "A misunderstanding.", null, null, null, null, null, null, FED_BACK, List.of(),
                "Social security card application", callBack);
    }
}
