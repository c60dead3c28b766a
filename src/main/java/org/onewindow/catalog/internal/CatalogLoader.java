package org.onewindow.catalog.internal;

import org.onewindow.audit.AdminAction;
import org.onewindow.catalog.ItemState;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.ServiceItemDraft;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Loads a published item as it is, checked as a publication is: the data a hall starts with, and tests. */
@Component
class CatalogLoader {

    private final ServiceItemRepository items;
    private final ItemVersionRepository versions;
    private final ServiceItemValidator validator;
    private final DirectoryService directory;
    private final CatalogAudit audit;

    CatalogLoader(ServiceItemRepository items, ItemVersionRepository versions, ServiceItemValidator validator,
            DirectoryService directory, CatalogAudit audit) {
        this.items = items;
        this.versions = versions;
        this.validator = validator;
        this.directory = directory;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ServiceItem load(ServiceItem item) {
        ServiceItemDraft draft = ServiceItemDraft.of(item);
        validator.checkDraft(draft, items::existsById);
        validator.checkPublishable(draft, this::active);
        ServiceItem published = new ServiceItem(item.code(), 1, ItemState.PUBLISHED, item.nameZh(), item.nameEn(),
                item.kind(), item.legalLimitDays(), item.kind() == org.onewindow.catalog.ItemKind.INSTANT ? 0
                        : item.promisedLimitDays(),
                item.leadDepartmentCode(), item.collaboratingDepartmentCodes(), item.materials(),
                item.onlineApplication(), item.guideZh(), item.guideEn(), item.atMostOneVisit());
        ItemVersionEntity version = new ItemVersionEntity(published);
        items.saveAndFlush(new ServiceItemEntity(version));
        ServiceItem saved = versions.saveAndFlush(version).toServiceItem();
        return audit.logged(saved, AdminAction.PUBLISHED, null);
    }

    boolean active(String departmentCode) {
        return directory.department(departmentCode).filter(Department::active).isPresent();
    }
}
