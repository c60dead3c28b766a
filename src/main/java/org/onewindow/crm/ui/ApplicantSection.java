package org.onewindow.crm.ui;

import org.onewindow.crm.ApplicantFile;
import org.onewindow.intake.ApplicantSummary;
import org.onewindow.intake.ApplicantType;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.UiFormats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;

/**
 * The head of the file: who the applicant is, with the ID number or credit code masked, the contact details of a
 * person, and the enterprises a person acts for or the people who act for an enterprise. The full number appears
 * here once revealed, for those the file says may reveal it.
 */
class ApplicantSection extends Div {

    private final Span identifier = new Span();

    /** {@code askToReveal}: asks the reader why they reveal the number (the button is only there when they may). */
    ApplicantSection(ApplicantFile file, HallDates dates, Runnable askToReveal) {
        ApplicantSummary applicant = file.applicant();
        boolean person = applicant.type() == ApplicantType.PERSON;
        setId("file-applicant");
        add(new H1(applicant.displayName()));
        add(new Paragraph(getTranslation("crm.type." + applicant.type().name())));
        Span masked = new Span(applicant.maskedIdentifier());
        masked.setId("file-id-masked");
        Div identifierLine = line(person ? "crm.applicant.idNumber" : "crm.applicant.creditCode", masked);
        if (file.mayRevealIdentifier()) {
            Button reveal = new Button(getTranslation("crm.reveal.button"), event -> askToReveal.run());
            reveal.setId("file-reveal");
            reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            identifier.setId("file-id-number");
            identifier.setVisible(false);
            identifierLine.add(new Span(" "), reveal, identifier);
        }
        add(identifierLine);
        if (person) {
            add(line("crm.applicant.mobile", new Span(orUnknown(applicant.maskedMobile()))));
            add(line("crm.applicant.address", new Span(orUnknown(applicant.address()))));
            boolean chinese = "zh".equals(applicant.preferredLanguage().getLanguage());
            add(line("crm.applicant.language",
                    new Span(getTranslation(chinese ? "crm.language.CHINESE" : "crm.language.ENGLISH"))));
        }
        add(line("crm.applicant.district", new Span(applicant.district() == null
                ? getTranslation("crm.applicant.unknown")
                : applicant.district().name(UiFormats.locale()) + " (" + applicant.district().code() + ")")));
        add(line("crm.applicant.firstSeen", new Span(dates.date(applicant.firstSeen()))));
        if (!applicant.related().isEmpty()) {
            add(new H4(getTranslation(person ? "crm.applicant.actsFor" : "crm.applicant.representatives")));
            UnorderedList related = new UnorderedList();
            related.setId("file-related");
            for (ApplicantSummary.Relation relation : applicant.related()) {
                RouterLink link = new RouterLink(relation.name(), ApplicantFileView.class,
                        ApplicantFileView.parameters(relation.other()));
                related.add(new ListItem(link, new Span(" " + getTranslation("crm.applicant.relation",
                        relation.maskedIdentifier(), FileTexts.role(relation.role()), relation.cases(),
                        dates.date(relation.lastSeen())))));
            }
            add(related);
        }
    }

    /** Shows the full number the service revealed beside the masked one. */
    void showIdentifier(String number) {
        identifier.setText(" " + getTranslation("crm.reveal.shown", number));
        identifier.setVisible(true);
    }

    private Div line(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        return new Div(label, value);
    }

    private String orUnknown(String text) {
        return text == null || text.isBlank() ? getTranslation("crm.applicant.unknown") : text;
    }
}
