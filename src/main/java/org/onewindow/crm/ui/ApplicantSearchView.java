package org.onewindow.crm.ui;

import java.util.List;

import org.onewindow.crm.ApplicantFileService;
import org.onewindow.intake.ApplicantSummary;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.RowOpening;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * The front desk finds an applicant by the number on the document in front of them: an exact number, never a
 * name, so that nobody browses citizens. Each result opens the file (which may ask for a reason).
 */
@Route(value = "applicants", layout = MainLayout.class)
@Menu(title = "crm.menu.applicants", order = 37, icon = "vaadin:user-card")
@RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.MANAGER })
public class ApplicantSearchView extends VerticalLayout implements HasDynamicTitle {

    private final transient ApplicantFileService files;
    private final HallDates dates;
    final TextField number = new TextField();
    final Button search = new Button();
    final Grid<ApplicantSummary> results = new Grid<>(ApplicantSummary.class, false);
    final Paragraph none = new Paragraph();

    public ApplicantSearchView(ApplicantFileService files, HallDates dates) {
        this.files = files;
        this.dates = dates;
        number.setLabel(getTranslation("crm.search.field"));
        number.setId("applicant-search");
        number.setMaxLength(40);
        number.setWidth("22em");
        number.setClearButtonVisible(true);
        search.setText(getTranslation("crm.search.go"));
        search.setId("applicant-search-go");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(event -> search());
        // Enter in the field searches; Enter on a result's row opens it (a shortcut for the whole view would search
        // again and replace the row being opened).
        search.addClickShortcut(Key.ENTER).listenOn(number);
        none.setText(getTranslation("crm.search.none"));
        none.setId("applicant-none");
        none.setVisible(false);

        results.setId("applicant-results");
        results.addComponentColumn(applicant -> new RouterLink(applicant.displayName(), ApplicantFileView.class,
                ApplicantFileView.parameters(applicant.ref()))).setKey("name")
                .setHeader(getTranslation("crm.search.column.name")).setAutoWidth(true);
        results.addColumn(applicant -> getTranslation("crm.type." + applicant.type().name())).setKey("type")
                .setHeader(getTranslation("crm.search.column.type")).setAutoWidth(true);
        results.addColumn(ApplicantSummary::maskedIdentifier).setKey("identifier")
                .setHeader(getTranslation("crm.search.column.identifier")).setAutoWidth(true);
        results.addColumn(applicant -> dates.date(applicant.firstSeen())).setKey("firstSeen")
                .setHeader(getTranslation("crm.search.column.firstSeen")).setAutoWidth(true);
        // The name's link opens the file for the mouse; Enter or Space on the focused row for the keyboard.
        RowOpening.byKeyboard(results, applicant -> getUI().ifPresent(ui -> ui.navigate(ApplicantFileView.class,
                ApplicantFileView.parameters(applicant.ref()))));
        results.setAllRowsVisible(true);
        results.setVisible(false);

        HorizontalLayout bar = new HorizontalLayout(number, search);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("crm.menu.applicants")), new Paragraph(getTranslation("crm.search.intro")), bar, none,
                results);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("crm.search.pageTitle");
    }

    void search() {
        List<ApplicantSummary> found = files.search(number.getValue());
        results.setItems(found);
        results.setVisible(!found.isEmpty());
        none.setVisible(found.isEmpty() && !number.getValue().isBlank());
    }
}
