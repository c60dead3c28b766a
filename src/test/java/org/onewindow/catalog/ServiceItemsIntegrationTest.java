package org.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.support.H2IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Service items by code: each node keeps the ones it has read once their transaction has committed, never the
 * codes it did not find. The items made here are rolled back, so the shared catalog stays as the demo data has it.
 */
@H2IntegrationTest
class ServiceItemsIntegrationTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anItemLookedForBeforeItExistsIsFoundOnceCreatedAndForgottenWhenItsCreationIsRolledBack() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            // As when another node creates the item after this one was asked for it.
            assertThat(catalog.item("TEST-ITEM-01")).isEmpty();
            ServiceItem created = catalog.create(ServiceItem.published("TEST-ITEM-01", "Street vendor permit",
                    "A stall on a market street", "HRSS", List.of(), List.of("Resident ID card"), 5, false));
            assertThat(catalog.item("TEST-ITEM-01")).contains(created);
            status.setRollbackOnly();
        });
        // Neither saved nor kept by the node.
        assertThat(catalog.item("TEST-ITEM-01")).isEmpty();
        assertThat(catalog.all()).extracting(ServiceItem::code).doesNotContain("TEST-ITEM-01");
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
        assertThatThrownBy(() -> catalog.create(ServiceItem.published("HRSS-002", "Another", "", "HRSS", List.of(),
                List.of(), 3, false))).isInstanceOf(InvalidInputException.class);
        assertThat(catalog.item("HRSS-002")).contains(existing);
    }
}
