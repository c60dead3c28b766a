package org.onewindow.open311.ui;

import java.util.Map;

import org.onewindow.open311.ApiKey;
import org.onewindow.open311.ApiKeyService;
import org.onewindow.open311.IssuedApiKey;
import org.onewindow.open311.NewApiKey;
import org.onewindow.open311.Open311Properties;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.GridColumns;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.Notices;
import org.onewindow.shared.ui.UiFormats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators issue API keys to the clients of the Open311 API (apps, the provincial portal), each with its rate
 * limit, and revoke them. The hall keeps only a hash of a key, so a new key is shown here once, when it is made.
 */
@Route(value = "admin/api-keys", layout = MainLayout.class)
@Menu(title = "open311.menu.apiKeys", order = 92, icon = "vaadin:key")
@RolesAllowed(AppRoles.ADMIN)
public class ApiKeyListView extends VerticalLayout implements HasDynamicTitle {

    private final transient ApiKeyService apiKeys;
    final TextField name = new TextField(getTranslation("open311.apiKeys.client"));
    final IntegerField requestsPerMinute = new IntegerField(getTranslation("open311.apiKeys.requestsPerMinute"));
    final Button create = new Button(getTranslation("open311.apiKeys.create"));
    final Div issued = new Div();
    /** Refusals no field shows. */
    final Paragraph message = new Paragraph();
    private final Binder<NewApiKey> binder = new Binder<>(NewApiKey.class);
    final Grid<ApiKey> grid = new Grid<>(ApiKey.class, false);

    public ApiKeyListView(ApiKeyService apiKeys, Open311Properties properties, HallDates dates) {
        this.apiKeys = apiKeys;
        name.setId("api-key-name");
        name.setPlaceholder(getTranslation("open311.apiKeys.client.placeholder"));
        name.setMaxLength(NewApiKey.MAX_NAME_LENGTH);
        name.setWidth("20em");
        requestsPerMinute.setId("api-key-rate");
        requestsPerMinute.setMin(NewApiKey.MIN_REQUESTS_PER_MINUTE);
        requestsPerMinute.setMax(NewApiKey.MAX_REQUESTS_PER_MINUTE);
        requestsPerMinute.setStepButtonsVisible(true);
        requestsPerMinute.setValue(properties.defaultRequestsPerMinute());
        requestsPerMinute.setHelperText(getTranslation("open311.apiKeys.requestsPerMinute.helper"));
        create.setId("api-key-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        // The service says what a rate limit may be; the field itself only that it wants a whole number.
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).bind("name");
        binder.forField(requestsPerMinute).asRequired(getTranslation("open311.apiKeys.wholeNumber"))
                .bind("requestsPerMinute");
        FormErrors.messageLine(message, "api-key-message");
        HorizontalLayout form = new HorizontalLayout(name, requestsPerMinute, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        issued.setId("api-key-issued");

        grid.setId("api-key-grid");
        GridColumns.fitting(grid);
        GridColumns.name(grid.addColumn(ApiKey::name).setKey("name")
                .setHeader(getTranslation("open311.apiKeys.client")), ApiKey::name);
        grid.addColumn(key -> key.prefix() + "…").setKey("prefix")
                .setHeader(getTranslation("open311.apiKeys.keyStartsWith")).setAutoWidth(true);
        grid.addColumn(key -> UiFormats.integer(key.requestsPerMinute())).setKey("rate")
                .setHeader(getTranslation("open311.apiKeys.rate")).setAutoWidth(true);
        grid.addColumn(
                key -> getTranslation("open311.apiKeys.createdBy", dates.dateTime(key.createdAt()), key.createdBy()))
                .setKey("created").setHeader(getTranslation("open311.apiKeys.created")).setAutoWidth(true);
        grid.addColumn(key -> key.lastUsedAt() == null ? getTranslation("open311.apiKeys.never")
                : dates.dateTime(key.lastUsedAt())).setKey("lastUsed")
                .setHeader(getTranslation("open311.apiKeys.lastUsed")).setAutoWidth(true);
        grid.addColumn(key -> key.isActive() ? getTranslation("open311.apiKeys.active")
                : getTranslation("open311.apiKeys.revokedBy", dates.dateTime(key.revokedAt()), key.revokedBy()))
                .setKey("status").setHeader(getTranslation("open311.apiKeys.status")).setAutoWidth(true);
        grid.addComponentColumn(key -> {
            if (!key.isActive()) {
                return new Span();
            }
            Button revoke = new Button(getTranslation("open311.apiKeys.revoke"), click -> confirmRevoke(key));
            revoke.setId("api-key-revoke-" + key.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return revoke;
        }).setKey("revoke");
        GridColumns.actions(grid.getColumnByKey("revoke"), "9em");
        // A handful of clients at most: the whole list, not a paged one.
        grid.setItems(apiKeys.keys());

        add(new H1(getTranslation("open311.menu.apiKeys")), new Paragraph(getTranslation("open311.apiKeys.intro")),
                form, message, issued, grid);
        setSizeFull();
    }

    private void create() {
        message.setVisible(false);
        issued.removeAll();
        try {
            IssuedApiKey key = apiKeys.create(binder.writeRecord());
            show(key);
            name.clear();
            grid.setItems(apiKeys.keys());
        } catch (ValidationException notSent) {
            // The rate field said that it wants a whole number.
        } catch (InvalidInputException e) {
            Map<String, String> unplaced = FormErrors.show(binder, e);
            if (!unplaced.isEmpty()) {
                message.setText(String.join(" ", unplaced.values()));
                message.setVisible(true);
            }
        }
    }

    private void show(IssuedApiKey key) {
        TextField secret = new TextField(getTranslation("open311.apiKeys.secret", key.key().name()));
        secret.setId("api-key-secret");
        secret.setValue(key.secret());
        secret.setReadOnly(true);
        secret.setWidth("36em");
        Paragraph once = new Paragraph(getTranslation("open311.apiKeys.shownOnce", key.key().requestsPerMinute()));
        once.setId("api-key-once");
        issued.add(secret, once);
    }

    private void confirmRevoke(ApiKey key) {
        Dialog dialog = new Dialog();
        dialog.setId("api-key-revoke-dialog");
        dialog.setHeaderTitle(getTranslation("open311.apiKeys.revokeTitle", key.name()));
        dialog.add(new Paragraph(getTranslation("open311.apiKeys.revokeText")));
        Button confirm = new Button(getTranslation("open311.apiKeys.revoke"), click -> {
            dialog.close();
            try {
                apiKeys.revoke(key.id());
                Notices.done(getTranslation("open311.apiKeys.revoked", key.name()));
            } catch (NotFoundException | BusinessRuleException e) {
                Notices.warn(e.getMessage());
            }
            grid.setItems(apiKeys.keys());
        });
        confirm.setId("api-key-revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("open311.apiKeys.cancel"), click -> dialog.close());
        cancel.setId("api-key-revoke-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("open311.apiKeys.pageTitle");
    }
}
