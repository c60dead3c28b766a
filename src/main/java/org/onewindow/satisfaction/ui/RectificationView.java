package org.onewindow.satisfaction.ui;

import java.util.List;
import java.util.Map;

import org.onewindow.directory.DirectoryService;
import org.onewindow.satisfaction.AppealDecision;
import org.onewindow.satisfaction.AppealGround;
import org.onewindow.satisfaction.CallBack;
import org.onewindow.satisfaction.CitizenCallBack;
import org.onewindow.satisfaction.Rectification;
import org.onewindow.satisfaction.RectificationMeasures;
import org.onewindow.satisfaction.RectificationService;
import org.onewindow.satisfaction.Verdict;
import org.onewindow.satisfaction.Verification;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.DueDateLabel;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.Notices;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One bad review: what the citizen said, what has been done, and the step that is open now for the
 * signed-in user (verification and rectification for the department's head, an appeal for a manager, the
 * call-back for follow-up staff where the jurisdiction requires one). The head
 * and follow-up staff, who call the citizen about it, may have the citizen's mobile number shown.
 */
@Route(value = "bad-review", layout = MainLayout.class)
@RolesAllowed({ AppRoles.DEPT_HEAD, AppRoles.MANAGER, AppRoles.FOLLOW_UP })
public class RectificationView extends VerticalLayout
        implements
            HasUrlParameter<String>,
            BeforeEnterObserver,
            HasDynamicTitle {

    private final transient RectificationService rectifications;
    private final transient DirectoryService directory;
    private final HallDates dates;
    private String caseNumber;

    public RectificationView(RectificationService rectifications, DirectoryService directory, HallDates dates) {
        this.rectifications = rectifications;
        this.directory = directory;
        this.dates = dates;
        setMaxWidth("60em");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("satisfaction.rectification.pageTitle");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.caseNumber = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        Rectification rectification;
        try {
            rectification = rectifications.rectification(caseNumber);
        } catch (NotFoundException | AccessDeniedException e) {
            add(new H1(getTranslation("satisfaction.rectification.unavailable")), new Paragraph(e.getMessage()));
            return;
        }
        Span stage = new Span(RectificationTexts.stage(rectification.stage()));
        stage.addClassName("status-badge");
        stage.setId("rectification-stage");
        add(new H1(getTranslation("satisfaction.rectification.title", caseNumber)), new HorizontalLayout(stage,
                new Span(rectification.serviceItemName(getLocale()) + " · "
                        + directory.departmentName(rectification.departmentCode(), getLocale()))),
                new Anchor("case/" + caseNumber, getTranslation("satisfaction.rectification.openCase")));
        Div reviews = new Div(new H3(getTranslation("satisfaction.rectification.reviews")));
        reviews.addClassName("case-section");
        reviews.setId("rectification-reviews");
        rectification.reviews().forEach(review -> reviews.add(new ReviewCard(review, dates)));
        if (rectification.mayRevealMobile()) {
            add(mobileReveal());
        }
        add(reviews, history(rectification));
        // The service says which step, if any, is this reader's now.
        if (rectification.mayVerify()) {
            add(verificationForm(rectification));
        } else if (rectification.mayRectify()) {
            add(rectificationForm(rectification));
        } else if (rectification.mayDecideAppeal()) {
            add(appealForm());
        } else if (rectification.mayCallBack()) {
            add(callBackForm(rectification));
        }
    }

    private Div history(Rectification r) {
        Div section = new Div(new H3(getTranslation("satisfaction.rectification.handling")));
        section.addClassName("case-section");
        section.setId("rectification-history");
        String received = getTranslation("satisfaction.rectification.history.receivedText",
                dates.dateTime(r.openedAt()),
                dates.dateTime(r.verifyDueAt()));
        if (r.verifyEscalatedAt() != null) {
            received += getTranslation("satisfaction.rectification.history.escalated",
                    dates.dateTime(r.verifyEscalatedAt()));
        }
        section.add(line(getTranslation("satisfaction.rectification.history.received"), received));
        if (r.verifiedAt() != null) {
            section.add(line(getTranslation("satisfaction.rectification.history.verifiedBy", r.verifiedBy()),
                    dates.dateTime(r.verifiedAt()) + " · " + RectificationTexts.verdict(r.verdict()) + ": "
                            + r.verificationNote()));
        }
        if (r.appeal() != null) {
            section.add(line(getTranslation("satisfaction.rectification.history.appeal"),
                    RectificationTexts.ground(r.appeal().ground())));
            if (r.appeal().upheld() != null) {
                section.add(line(getTranslation(r.appeal().upheld() ? "satisfaction.rectification.history.upheldBy"
                        : "satisfaction.rectification.history.rejectedBy", r.appeal().decidedBy()),
                        dates.dateTime(r.appeal().decidedAt()) + " · " + r.appeal().decisionNote()));
            }
        }
        if (r.rectifyDueAt() != null && r.rectifiedAt() == null) {
            Div due = new Div(new Span(getTranslation("satisfaction.rectification.history.label",
                    getTranslation("satisfaction.rectification.history.rectifyDue"))),
                    DueDateLabel.of(dates, r.rectifyDueAt(), r.overdue(dates.now())),
                    new Span(r.rectifyEscalatedAt() == null ? "" : " · " + getTranslation(
                            "satisfaction.rectification.history.rectifyEscalated",
                            dates.dateTime(r.rectifyEscalatedAt()))));
            section.add(due);
        }
        if (r.rectifiedAt() != null) {
            section.add(line(getTranslation("satisfaction.rectification.history.rectifiedBy", r.rectifiedBy()),
                    dates.dateTime(r.rectifiedAt()) + " · " + r.measures()));
        }
        if (r.fedBackAt() != null) {
            section.add(line(getTranslation("satisfaction.rectification.history.fedBack"),
                    getTranslation("satisfaction.rectification.history.fedBackText", dates.dateTime(r.fedBackAt()))));
        }
        CitizenCallBack callBack = r.callBack();
        if (callBack != null && callBack.pending()) {
            section.add(new Div(new Span(getTranslation("satisfaction.rectification.history.label",
                    getTranslation("satisfaction.rectification.history.callBackDue"))),
                    DueDateLabel.of(dates, callBack.dueAt(), r.overdue(dates.now())),
                    new Span(callBack.escalatedAt() == null ? "" : " · " + getTranslation(
                            "satisfaction.rectification.history.callBackEscalated",
                            dates.dateTime(callBack.escalatedAt())))));
        } else if (callBack != null) {
            Div called = line(getTranslation("satisfaction.rectification.history.calledBackBy", callBack.calledBy()),
                    getTranslation(Boolean.TRUE.equals(callBack.reached())
                            ? "satisfaction.rectification.history.calledBackReached"
                            : "satisfaction.rectification.history.calledBackNotReached",
                            dates.dateTime(callBack.calledAt()), callBack.citizenSaid()));
            called.setId("rectification-call-back");
            section.add(called);
        }
        rectifications.mobileReveals(caseNumber).forEach(reveal -> section.add(line(getTranslation(
                "satisfaction.rectification.history.mobileShown", reveal.revealedTo()),
                dates.dateTime(reveal.revealedAt()))));
        return section;
    }

    /** The number stays hidden until asked for, so that each look at it is recorded with who and when. */
    private Div mobileReveal() {
        Div block = new Div();
        block.setId("rectification-mobile");
        Button reveal = new Button(getTranslation("satisfaction.rectification.mobile.reveal"));
        reveal.setId("rectification-reveal-mobile");
        reveal.addClickListener(event -> {
            try {
                Span number = new Span(getTranslation("satisfaction.rectification.mobile.shown",
                        rectifications.revealMobile(caseNumber)));
                number.setId("rectification-mobile-number");
                block.replace(reveal, number);
            } catch (BusinessRuleException | AccessDeniedException | NotFoundException e) {
                Notices.warn(e.getMessage());
            }
        });
        block.add(reveal);
        return block;
    }

    private Div line(String what, String text) {
        Span label = new Span(getTranslation("satisfaction.rectification.history.label", what));
        label.getStyle().set("font-weight", "600");
        Div line = new Div(label, new Span(text));
        line.addClassName("opinion");
        return line;
    }

    private Div verificationForm(Rectification rectification) {
        Div section = new Div(new H3(getTranslation("satisfaction.rectification.verify.title")),
                new Paragraph(getTranslation("satisfaction.rectification.verify.intro",
                        dates.dateTime(rectification.verifyDueAt()))));
        section.addClassName("case-section");
        RadioButtonGroup<Verdict> verdict = new RadioButtonGroup<>(
                getTranslation("satisfaction.rectification.verify.verdict"));
        verdict.setItems(List.of(Verdict.values()));
        verdict.setItemLabelGenerator(RectificationTexts::verdict);
        verdict.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        verdict.setId("rectification-verdict");
        RadioButtonGroup<AppealGround> ground = new RadioButtonGroup<>(
                getTranslation("satisfaction.rectification.verify.ground"));
        ground.setItems(List.of(AppealGround.values()));
        ground.setItemLabelGenerator(RectificationTexts::ground);
        ground.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        ground.setId("rectification-appeal-ground");
        ground.setVisible(false);
        verdict.addValueChangeListener(event -> ground.setVisible(event.getValue() == Verdict.APPEALED));
        TextArea note = new TextArea(getTranslation("satisfaction.rectification.verify.note"));
        note.setId("rectification-note");
        note.setWidthFull();
        note.setMaxLength(Verification.MAX_NOTE_LENGTH);
        Binder<Verification> binder = new Binder<>(Verification.class);
        binder.forField(verdict).bind("verdict");
        binder.forField(note).bind("note");
        binder.forField(ground).bind("appealGround");
        Paragraph message = FormErrors.messageLine(new Paragraph(), "rectification-verify-message");
        Button save = new Button(getTranslation("satisfaction.rectification.verify.save"), event -> act(binder, message,
                () -> rectifications.verify(caseNumber, binder.writeRecord())));
        save.setId("rectification-verify");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(verdict, ground, note, message, save);
        return section;
    }

    private Div rectificationForm(Rectification rectification) {
        Div section = new Div(new H3(getTranslation("satisfaction.rectification.rectify.title")),
                new Paragraph(getTranslation("satisfaction.rectification.rectify.intro")));
        section.addClassName("case-section");
        TextArea measures = new TextArea(getTranslation("satisfaction.rectification.rectify.measures"));
        measures.setId("rectification-measures");
        measures.setWidthFull();
        measures.setMaxLength(RectificationMeasures.MAX_MEASURES_LENGTH);
        Binder<RectificationMeasures> binder = new Binder<>(RectificationMeasures.class);
        binder.forField(measures).bind("measures");
        Paragraph message = FormErrors.messageLine(new Paragraph(), "rectification-rectify-message");
        Button save = new Button(getTranslation("satisfaction.rectification.rectify.save"),
                event -> act(binder, message,
                        () -> rectifications.rectify(caseNumber, binder.writeRecord())));
        save.setId("rectification-rectify");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(measures, message, save);
        return section;
    }

    private Div appealForm() {
        Div section = new Div(new H3(getTranslation("satisfaction.rectification.appeal.title")),
                new Paragraph(getTranslation("satisfaction.rectification.appeal.intro")));
        section.addClassName("case-section");
        TextArea decision = new TextArea(getTranslation("satisfaction.rectification.appeal.reason"));
        decision.setId("appeal-decision-note");
        decision.setWidthFull();
        decision.setMaxLength(AppealDecision.MAX_NOTE_LENGTH);
        Binder<AppealDecision> binder = new Binder<>(AppealDecision.class);
        binder.forField(decision).bind("decisionNote");
        Paragraph message = FormErrors.messageLine(new Paragraph(), "appeal-decision-message");
        Button uphold = new Button(getTranslation("satisfaction.rectification.appeal.uphold"),
                event -> act(binder, message,
                        () -> rectifications.decideAppeal(caseNumber, true, binder.writeRecord())));
        uphold.setId("appeal-uphold");
        uphold.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button reject = new Button(getTranslation("satisfaction.rectification.appeal.reject"),
                event -> act(binder, message,
                        () -> rectifications.decideAppeal(caseNumber, false, binder.writeRecord())));
        reject.setId("appeal-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(decision, message, new HorizontalLayout(reject, uphold));
        return section;
    }

    private Div callBackForm(Rectification rectification) {
        Div section = new Div(new H3(getTranslation("satisfaction.rectification.callBack.title")),
                new Paragraph(getTranslation("satisfaction.rectification.callBack.intro",
                        dates.dateTime(rectification.callBack().dueAt()))));
        section.addClassName("case-section");
        RadioButtonGroup<Boolean> reached = new RadioButtonGroup<>(
                getTranslation("satisfaction.rectification.callBack.reached"));
        reached.setItems(List.of(Boolean.TRUE, Boolean.FALSE));
        reached.setItemLabelGenerator(yes -> getTranslation(yes ? "satisfaction.rectification.callBack.reachedYes"
                : "satisfaction.rectification.callBack.reachedNo"));
        reached.setId("call-back-reached");
        TextArea said = new TextArea(getTranslation("satisfaction.rectification.callBack.citizenSaid"));
        said.setId("call-back-citizen-said");
        said.setWidthFull();
        said.setMaxLength(CallBack.MAX_CITIZEN_SAID_LENGTH);
        Binder<CallBack> binder = new Binder<>(CallBack.class);
        binder.forField(reached).bind("reached");
        binder.forField(said).bind("citizenSaid");
        Paragraph message = FormErrors.messageLine(new Paragraph(), "call-back-message");
        Button save = new Button(getTranslation("satisfaction.rectification.callBack.save"), event -> act(binder,
                message, () -> rectifications.recordCallBack(caseNumber, binder.writeRecord())));
        save.setId("call-back-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(reached, said, message, save);
        return section;
    }

    /** A step of the rectification, sending its form's record. */
    private interface Step {
        void run() throws ValidationException;
    }

    /** Runs a step; field errors go next to their fields, and nothing typed is lost on an error. */
    private void act(Binder<?> binder, Paragraph message, Step step) {
        message.setVisible(false);
        try {
            step.run();
            Notices.done(getTranslation("satisfaction.rectification.saved"));
            show();
        } catch (ValidationException notSent) {
            // Nothing the fields check by themselves; the service says what is missing.
        } catch (InvalidInputException e) {
            Map<String, String> unplaced = FormErrors.show(binder, e);
            if (!unplaced.isEmpty()) {
                message.setText(String.join(" ", unplaced.values()));
                message.setVisible(true);
            }
        } catch (BusinessRuleException | AccessDeniedException e) {
            Notices.warn(e.getMessage());
        }
    }
}
