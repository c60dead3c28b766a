package org.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ServiceItemTest {

    private static final MaterialRequirement ID_CARD = new MaterialRequirement("居民身份证", "Resident ID card", true,
            true, 1);
    private static final MaterialRequirement PHOTO = new MaterialRequirement("近期一寸免冠照片", "Recent photo", false,
            false, 1);

    @Test
    void aWindowRegistrationWithEveryRequiredMaterialIsTheAcceptance() {
        ServiceItem card = item(ItemKind.PROMISED);

        assertThat(card.acceptedOnRegistration(List.of("居民身份证"))).as("the optional photo may be missing").isTrue();
        assertThat(card.acceptedOnRegistration(List.of("居民身份证", "近期一寸免冠照片"))).isTrue();
    }

    @Test
    void aMissingRequiredMaterialWaitsForTheOneTimeNotice() {
        assertThat(item(ItemKind.PROMISED).acceptedOnRegistration(List.of("近期一寸免冠照片"))).isFalse();
        assertThat(item(ItemKind.PROMISED).acceptedOnRegistration(List.of("Resident ID card")))
                .as("a case records its materials by their Chinese names").isFalse();
    }

    @Test
    void anInstantItemIsDecidedAtTheWindowNotPassedOn() {
        assertThat(item(ItemKind.INSTANT).acceptedOnRegistration(List.of("居民身份证", "近期一寸免冠照片"))).isFalse();
    }

    private static ServiceItem item(ItemKind kind) {
        return new ServiceItem("HRSS-001", 1, ItemState.PUBLISHED, "社会保障卡补换", "Social security card application", kind,
                5, 5, "HRSS", List.of(), List.of(ID_CARD, PHOTO), true, "", "", true);
    }
}
