package org.onewindow.open311.ui;

import org.onewindow.open311.ApiKey;
import org.onewindow.open311.ApiKeyService;
import org.onewindow.open311.IssuedApiKey;
import org.onewindow.open311.Open311Properties;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators issue API keys to the clients of the Open311 API (apps, the provincial portal), each with its rate
 * limit, and revoke them. The hall keeps only a hash of a key, so a new key is shown here once, when it is made.
 */
@Route(value = "admin/api-keys", layout = MainLayout.class)
@PageTitle("Open311 API keys | OneWindow")
@Menu(title = "open311.menu.apiKeys", order = 92, icon = "vaadin:key")
@RolesAllowed(AppRoles.ADMIN)
public class ApiKeyListView extends VerticalLayout {

    private final transient ApiKeyService apiKeys;
    final TextField name = new TextField("Client");
    final IntegerField requestsPerMinute = new IntegerField("Requests per minute");
    final Button create = new Button("Create key");
    final Div issued = new Div();
    final Grid<ApiKey> grid = new Grid<>(ApiKey.class, false);

    public ApiKeyListView(ApiKeyService apiKeys, Open311Properties properties, HallDates dates) {
        this.apiKeys = apiKeys;
        name.setId("api-key-name");
        name.setPlaceholder("e.g. Citizen app");
        name.setMaxLength(50);
        name.setWidth("20em");
        requestsPerMinute.setId("api-key-rate");
        requestsPerMinute.setMin(1);
        requestsPerMinute.setMax(6000);
        requestsPerMinute.setStepButtonsVisible(true);
        requestsPerMinute.setValue(properties.defaultRequestsPerMinute());
        requestsPerMinute.setHelperText("Service requests the client may post per minute");
        create.setId("api-key-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        HorizontalLayout form = new HorizontalLayout(name, requestsPerMinute, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        issued.setId("api-key-issued");

        grid.setId("api-key-grid");
        grid.addColumn(ApiKey::name).setKey("name").setHeader("Client").setAutoWidth(true);
        grid.addColumn(key -> key.prefix() + "…").setKey("prefix").setHeader("Key starts with").setAutoWidth(true);
        grid.addColumn(ApiKey::requestsPerMinute).setKey("rate").setHeader("Requests/min").setAutoWidth(true);
        grid.addColumn(key -> dates.dateTime(key.createdAt()) + " by " + key.createdBy()).setKey("created")
                .setHeader("Created").setAutoWidth(true);
        grid.addColumn(key -> key.lastUsedAt() == null ? "never" : dates.dateTime(key.lastUsedAt())).setKey("lastUsed")
                .setHeader("Last used").setAutoWidth(true);
        grid.addColumn(key -> key.isActive() ? "active"
                : "revoked " + dates.dateTime(key.revokedAt()) + " by " + key.revokedBy()).setKey("status")
                .setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(key -> {
            if (!key.isActive()) {
                return new Span();
            }
            Button revoke = new Button("Revoke", click -> confirmRevoke(key));
            revoke.setId("api-key-revoke-" + key.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return revoke;
        }).setKey("revoke").setAutoWidth(true).setFlexGrow(0);
        // A handful of clients at most: the whole list, not a paged one.
        grid.setItems(apiKeys.keys());

        add(new H2("Open311 API keys"), new Paragraph("Clients of the public Open311 GeoReport v2 API (/open311/v2, "
                + "described at /swagger-ui/index.html) need a key to post service requests; reading is open to all. "
                + "A key is shown once, when it is created: the hall keeps only its hash. Revoking a key refuses its "
                + "next request."), form, issued, grid);
        setSizeFull();
    }

    private void create() {
        name.setInvalid(false);
        requestsPerMinute.setInvalid(false);
        issued.removeAll();
        if (requestsPerMinute.getValue() == null) {
            requestsPerMinute.setErrorMessage("Enter a whole number of requests per minute.");
            requestsPerMinute.setInvalid(true);
            return;
        }
        try {
            IssuedApiKey key = apiKeys.create(name.getValue(), requestsPerMinute.getValue());
            show(key);
            name.clear();
            grid.setItems(apiKeys.keys());
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, message) -> {
                if (field.equals("name")) {
                    name.setErrorMessage(message);
                    name.setInvalid(true);
                } else {
                    requestsPerMinute.setErrorMessage(message);
                    requestsPerMinute.setInvalid(true);
                }
            });
        }
    }

    private void show(IssuedApiKey key) {
        TextField secret = new TextField("API key for " + key.key().name());
        secret.setId("api-key-secret");
        secret.setValue(key.secret());
        secret.setReadOnly(true);
        secret.setWidth("36em");
        Paragraph once = new Paragraph("Copy the key now and hand it to the client securely: it is shown only this once. "
                + "Its rate limit is " + key.key().requestsPerMinute() + " requests per minute.");
        once.setId("api-key-once");
        issued.add(secret, once);
    }

    private void confirmRevoke(ApiKey key) {
        Dialog dialog = new Dialog();
        dialog.setId("api-key-revoke-dialog");
        dialog.setHeaderTitle("Revoke the key of " + key.name() + "?");
        dialog.add(new Paragraph("Its next request is refused, and it cannot be used again. The client needs a new key."));
        Button confirm = new Button("Revoke", click -> {
            dialog.close();
            try {
                apiKeys.revoke(key.id());
                Notification.show("The key of " + key.name() + " was revoked.")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (NotFoundException | BusinessRuleException e) {
                Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
            grid.setItems(apiKeys.keys());
        });
        confirm.setId("api-key-revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", click -> dialog.close());
        cancel.setId("api-key-revoke-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
