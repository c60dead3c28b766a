package org.onewindow.satisfaction.ui;

import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.IndicatorSetService;
import org.onewindow.satisfaction.PhoneCall;
import org.onewindow.satisfaction.SatisfactionService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Follow-up staff call the citizens who did not answer the survey: they read the questions out, record the
 * answers as given, or record that nobody answered. Answers taken here are marked as phone answers.
 */
@Route(value = "follow-up", layout = MainLayout.class)
@Menu(title = "satisfaction.menu.followUp", order = 50, icon = "vaadin:phone")
@RolesAllowed(AppRoles.FOLLOW_UP)
public class PhoneFollowUpView extends VerticalLayout implements HasDynamicTitle {

    private final transient SatisfactionService satisfaction;
    private final transient IndicatorSetService indicatorSets;
    final Grid<PhoneCall> grid = new Grid<>(PhoneCall.class, false);

    public PhoneFollowUpView(SatisfactionService satisfaction, IndicatorSetService indicatorSets, HallDates dates) {
        this.indicatorSets = indicatorSets;
        this.satisfaction = satisfaction;
        grid.setId("follow-up-grid");
        grid.addColumn(PhoneCall::caseNumber).setHeader(getTranslation("satisfaction.followUp.column.case"))
                .setAutoWidth(true);
        grid.addColumn(call -> call.serviceItemName(getLocale()))
                .setHeader(getTranslation("satisfaction.followUp.column.item"));
        grid.addColumn(PhoneCall::citizenName).setHeader(getTranslation("satisfaction.followUp.column.citizen"))
                .setAutoWidth(true);
        grid.addColumn(PhoneCall::mobile).setHeader(getTranslation("satisfaction.followUp.column.phone"))
                .setAutoWidth(true);
        grid.addColumn(call -> dates.date(call.closedAt()))
                .setHeader(getTranslation("satisfaction.followUp.column.closed"))
                .setAutoWidth(true);
        grid.addColumn(PhoneCall::attempts).setHeader(getTranslation("satisfaction.followUp.column.attempts"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        add(new H1(getTranslation("satisfaction.menu.followUp")),
                new Paragraph(getTranslation("satisfaction.followUp.intro")), grid);
        setSizeFull();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("satisfaction.followUp.pageTitle");
    }

    private HorizontalLayout actions(PhoneCall call) {
        Button answers = new Button(getTranslation("satisfaction.followUp.recordAnswers"),
                event -> openQuestionnaire(call));
        answers.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        answers.setId("follow-up-answers-" + call.caseNumber());
        Button noAnswer = new Button(getTranslation("satisfaction.followUp.noAnswer"), event -> {
            try {
                int attempts = satisfaction.recordUnreachableAttempt(call.caseNumber());
                Notices.done(getTranslation("satisfaction.followUp.callRecorded", attempts, call.caseNumber()));
            } catch (BusinessRuleException e) {
                Notices.warn(e.getMessage());
            }
            refresh();
        });
        noAnswer.addThemeVariants(ButtonVariant.LUMO_SMALL);
        noAnswer.setId("follow-up-unreachable-" + call.caseNumber());
        return new HorizontalLayout(answers, noAnswer);
    }

    private void openQuestionnaire(PhoneCall call) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                getTranslation("satisfaction.followUp.dialogTitle", call.citizenName(), call.caseNumber()));
        QuestionnaireForm form = new QuestionnaireForm(indicatorSets.current(EvaluationChannel.PHONE));
        Button save = new Button(getTranslation("satisfaction.followUp.save"), event -> {
            try {
                if (form.send(answers -> satisfaction.recordByPhone(call.caseNumber(), answers))) {
                    dialog.close();
                    Notices.done(getTranslation("satisfaction.followUp.saved"));
                    refresh();
                }
            } catch (BusinessRuleException e) {
                Notices.warn(e.getMessage());
            }
        });
        save.setId("follow-up-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("satisfaction.followUp.cancel"), event -> dialog.close()),
                save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(satisfaction.pendingPhoneCalls());
    }
}
