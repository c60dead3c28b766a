package org.onewindow.directory.ui;

import org.onewindow.directory.SignInAuditService;
import org.onewindow.directory.SignInEvent;
import org.onewindow.directory.SignInLock;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators see who signed in or failed to, from which address, which names and addresses are locked after
 * too many failed sign-ins, and lift a lock (a member of staff who mistyped their password, a hall behind one
 * address). The service checks the role and records who lifted it.
 */
@Route(value = "admin/sign-ins", layout = MainLayout.class)
@Menu(title = "directory.menu.signIns", order = 93, icon = "vaadin:lock")
@RolesAllowed(AppRoles.ADMIN)
public class SignInAuditView extends VerticalLayout implements HasDynamicTitle {

    private final transient SignInAuditService audit;
    final Grid<SignInLock> locks = new Grid<>(SignInLock.class, false);
    final Grid<SignInEvent> events = new Grid<>(SignInEvent.class, false);

    public SignInAuditView(SignInAuditService audit, HallDates dates) {
        this.audit = audit;
        locks.setId("sign-in-locks");
        locks.addColumn(lock -> getTranslation("directory.signIns.subject." + lock.subject().name())).setKey("subject")
                .setHeader(getTranslation("directory.signIns.subject")).setAutoWidth(true);
        locks.addColumn(SignInLock::value).setKey("value").setHeader(getTranslation("directory.signIns.value"))
                .setAutoWidth(true);
        locks.addColumn(lock -> dates.dateTime(lock.lockedAt())).setKey("lockedAt")
                .setHeader(getTranslation("directory.signIns.lockedAt")).setAutoWidth(true);
        locks.addColumn(lock -> dates.dateTime(lock.lockedUntil())).setKey("lockedUntil")
                .setHeader(getTranslation("directory.signIns.lockedUntil")).setAutoWidth(true);
        locks.addComponentColumn(lock -> {
            Button lift = new Button(getTranslation("directory.signIns.lift"), click -> lift(lock));
            lift.setId("sign-in-lift-" + lock.id());
            lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return lift;
        }).setKey("lift").setAutoWidth(true).setFlexGrow(0);
        locks.setAllRowsVisible(true);
        // Locks are few (they run out after minutes): the whole list.
        locks.setItems(audit.activeLocks());

        events.setId("sign-in-events");
        events.addColumn(event -> dates.dateTime(event.occurredAt())).setKey("occurredAt")
                .setHeader(getTranslation("directory.signIns.occurredAt")).setAutoWidth(true);
        events.addColumn(event -> getTranslation("directory.signIns.kind." + event.kind().name())).setKey("kind")
                .setHeader(getTranslation("directory.signIns.kind")).setAutoWidth(true);
        events.addColumn(event -> orDash(event.username())).setKey("username")
                .setHeader(getTranslation("directory.signIns.username")).setAutoWidth(true);
        events.addColumn(event -> orDash(event.clientAddress())).setKey("clientAddress")
                .setHeader(getTranslation("directory.signIns.clientAddress")).setAutoWidth(true);
        events.addColumn(event -> orDash(event.actor())).setKey("actor")
                .setHeader(getTranslation("directory.signIns.actor")).setAutoWidth(true);
        events.setItems(query -> audit.events(new PageRequest(query.getOffset(), query.getLimit())).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.eventCount()));

        add(new H1(getTranslation("directory.menu.signIns")), new Paragraph(getTranslation("directory.signIns.intro")),
                new H3(getTranslation("directory.signIns.locks")), locks,
                new H3(getTranslation("directory.signIns.events")), events);
        setSizeFull();
    }

    private void lift(SignInLock lock) {
        try {
            audit.liftLock(lock.id());
            Notices.done(getTranslation("directory.signIns.lifted", lock.value()));
        } catch (NotFoundException e) {
            Notices.warn(e.getMessage());
        }
        locks.setItems(audit.activeLocks());
        events.getDataProvider().refreshAll();
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.signIns.pageTitle");
    }
}
