package org.onewindow.open311.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.open311.ApiKeyService;
import org.onewindow.open311.NewApiKey;
import org.onewindow.open311.internal.OnlineRequest;
import org.onewindow.open311.internal.OnlineRequestStore;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.H2IntegrationTest;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

/** The case page shows what an online request carried to the staff who may see the case, and to nobody else. */
@H2IntegrationTest
class OnlineRequestSectionIntegrationTest {

    @Autowired
    OnlineRequestSection section;
    @Autowired
    OnlineRequestStore onlineRequests;
    @Autowired
    CaseRegistrationService intake;
    @Autowired
    Staff staff;
    @Autowired
    ApiKeyService apiKeys;

    /** The section is built for a case page, in that screen's language: a screen it can ask. */
    @BeforeEach
    void openScreen() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Translations.ENGLISH);
    }

    @AfterEach
    void closeScreen() {
        MockVaadin.tearDown();
    }

    @Test
    void staffWhoMaySeeTheCaseSeeTheDetailsOthersNothing() {
        String caseNumber = intake.registerOnline(CaseRegistration.of(IdType.RESIDENT_ID, "110101199003074477",
                "Sun Hua", "13698765432", "HRSS-001", java.util.List.of(), "Lost card.", Channel.ONLINE),
                "open311:Citizen app").caseNumber();
        long keyId = staff.as("admin", () -> apiKeys.create(new NewApiKey("Section test " + caseNumber, 5))).key().id();
        onlineRequests.insert(new OnlineRequest(caseNumber, keyId, "Citizen app", null, "1 Zhongshan Road", null, 39.9,
                116.4, "sun.hua@example.cn", null, "acct-7", "https://photos.example.cn/7.jpg", Instant.now()));

        Component shown = staff.as("hrss.worker", () -> section.section(caseNumber)).orElseThrow();
        assertThat(shown.getElement().getTextRecursively()).contains("Submitted through Citizen app (Open311 API)",
                "E-mail: sun.hua@example.cn", "Address: 1 Zhongshan Road", "Location (WGS84): 39.9, 116.4",
                "Account at the client: acct-7");
        assertThat(shown.getChildren().flatMap(Component::getChildren).filter(Anchor.class::isInstance)
                .map(anchor -> ((Anchor) anchor).getHref())).containsExactly("https://photos.example.cn/7.jpg");
        assertThat(staff.as("frontdesk", () -> section.section(caseNumber))).isPresent();
        UI.getCurrent().setLocale(Translations.CHINESE);
        assertThat(staff.as("frontdesk", () -> section.section(caseNumber)).orElseThrow().getElement()
                .getTextRecursively()).contains("网上申请", "电子邮箱：sun.hua@example.cn", "附件：");

        assertThat(staff.as("amr.worker", () -> section.section(caseNumber))).isEmpty();
        assertThat(staff.as("followup", () -> section.section(caseNumber))).isEmpty();
    }

    @Test
    void casesFromTheWindowHaveNoSuchSection() {
        assertThat(staff.as("frontdesk", () -> section.section("OW-19990101-00001"))).isEmpty();
    }
}
