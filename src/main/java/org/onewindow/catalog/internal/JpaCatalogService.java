package org.onewindow.catalog.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
@Transactional(readOnly = true)
class JpaCatalogService implements CatalogService {

    private final ServiceItemRepository items;
    private final DirectoryService directory;

    JpaCatalogService(ServiceItemRepository items, DirectoryService directory) {
        this.items = items;
        this.directory = directory;
    }

    @Override
    public List<ServiceItem> search(String text, int limit) {
        String pattern = "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
        return items.search(pattern, org.springframework.data.domain.PageRequest.of(0, limit)).stream()
                .map(ServiceItemEntity::toServiceItem).toList();
    }

    /**
     * Items by code, as read once: an item never changes after it is created (the catalog has no edit or delete;
     * a change of the rules is a new item), so each node keeps them. Codes not found are not kept, so an item
     * created on another node is seen at once; an item is kept only once the transaction that read it has
     * committed, so one created in a transaction that is rolled back is not. Every registration reads its item, and that query was part of
     * intake's cost in the load benchmark (issue 7, docs/benchmarks.md).
     */
    private final Map<String, ServiceItem> itemsByCode = new ConcurrentHashMap<>();

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<ServiceItem> item(String code) {
        if (code == null) {
            return Optional.empty();
        }
        ServiceItem known = itemsByCode.get(code);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ServiceItem> found = items.findById(code).map(ServiceItemEntity::toServiceItem);
        found.ifPresent(item -> afterCommit(() -> itemsByCode.put(code, item)));
        return found;
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    @Override
    public List<ServiceItem> all() {
        return items.findAll(Sort.by("name")).stream().map(ServiceItemEntity::toServiceItem).toList();
    }

    @Override
    @Transactional
    public ServiceItem create(ServiceItem item) {
        if (items.existsById(item.code())) {
            throw new BusinessRuleException(Translations.current("catalog.error.itemExists", item.code()));
        }
        if (item.timeLimitWorkingDays() < 1) {
            throw new BusinessRuleException(Translations.current("catalog.error.timeLimit"));
        }
        requireDepartment(item.leadDepartmentCode());
        item.collaboratingDepartmentCodes().forEach(this::requireDepartment);
        if (item.collaboratingDepartmentCodes().contains(item.leadDepartmentCode())
                || new HashSet<>(item.collaboratingDepartmentCodes()).size() != item.collaboratingDepartmentCodes()
                        .size()) {
            throw new BusinessRuleException(Translations.current("catalog.error.collaborating"));
        }
        return items.save(new ServiceItemEntity(item)).toServiceItem();
    }

    private void requireDepartment(String code) {
        if (directory.department(code).filter(Department::active).isEmpty()) {
            throw new BusinessRuleException(Translations.current("catalog.error.unknownDepartment", code));
        }
    }
}
