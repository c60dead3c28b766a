package org.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.support.H2IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Service items by code: each node keeps the ones it has read, never the codes it did not find. */
@H2IntegrationTest
class ServiceItemsIntegrationTest {

    @Autowired CatalogService catalog;

    @Test
    void anItemLookedForBeforeItExistsIsFoundOnceCreated() {
        // As when another node creates the item after this one was asked for it.
        assertThat(catalog.item("TEST-ITEM-01")).isEmpty();
        ServiceItem created = catalog.create(new ServiceItem("TEST-ITEM-01", "Street vendor permit",
                "A stall on a market street", "HRSS", List.of(), List.of("Resident ID card"), 5, false));
        assertThat(catalog.item("TEST-ITEM-01")).contains(created);
        assertThat(catalog.item("TEST-ITEM-01")).contains(created);
    }

    @Test
    void anItemReadOnceIsTheSameOnEveryLaterRead() {
        ServiceItem first = catalog.item("HRSS-001").orElseThrow();
        assertThat(catalog.item("HRSS-001")).contains(first);
        assertThat(catalog.all()).contains(first);
        assertThat(catalog.item(null)).isEmpty();
    }

    @Test
    void aCodeCannotBeTakenTwice() {
        ServiceItem existing = catalog.item("HRSS-002").orElseThrow();
        assertThatThrownBy(() -> catalog.create(new ServiceItem("HRSS-002", "Another", "", "HRSS", List.of(),
                List.of(), 3, false))).isInstanceOf(BusinessRuleException.class);
        assertThat(catalog.item("HRSS-002")).contains(existing);
    }
}
