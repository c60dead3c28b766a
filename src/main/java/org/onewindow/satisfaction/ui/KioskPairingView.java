package org.onewindow.satisfaction.ui;

import org.onewindow.satisfaction.KioskPairing;
import org.onewindow.satisfaction.WindowKioskService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A front-desk staff member pairs the tablet at their window with their account for the day. The kiosk
 * address holds a key that is stored only as a hash, so it is shown here once, as text and as a QR code the
 * tablet can scan.
 */
@Route(value = "kiosk-pairing", layout = MainLayout.class)
@Menu(title = "satisfaction.menu.kioskPairing", order = 15, icon = "vaadin:tablet")
@RolesAllowed(AppRoles.FRONT_DESK)
public class KioskPairingView extends VerticalLayout implements HasDynamicTitle {

    private final transient WindowKioskService kiosk;
    private final HallDates dates;
    final Button pair = new Button(getTranslation("satisfaction.pairing.pair"));
    final Div pairing = new Div();

    public KioskPairingView(WindowKioskService kiosk, HallDates dates) {
        this.kiosk = kiosk;
        this.dates = dates;
        pair.setId("kiosk-pair");
        pair.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pair.setDisableOnClick(true);
        pair.addClickListener(click -> showPairing(kiosk.pair()));
        pairing.setId("kiosk-pairing");
        setMaxWidth("50em");
        add(new H1(getTranslation("satisfaction.menu.kioskPairing")),
                new Paragraph(getTranslation("satisfaction.pairing.intro")), pair, pairing);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("satisfaction.pairing.pageTitle");
    }

    private void showPairing(KioskPairing result) {
        pairing.removeAll();
        Span url = new Span(result.kioskUrl());
        url.setId("kiosk-url");
        url.addClassName("kiosk-url");
        Paragraph validity = new Paragraph(getTranslation("satisfaction.pairing.validity",
                dates.date(result.expiresAt().minusSeconds(1)), result.staffDisplayName()));
        validity.setId("kiosk-validity");
        Div code = new Div(QrCodes.component(result.kioskUrl(), "kiosk-qr"));
        code.addClassName("qr-block");
        pairing.add(validity, url, code);
        pair.setText(getTranslation("satisfaction.pairing.again"));
        pair.setEnabled(true);
    }
}
