package org.onewindow.catalog.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.DirectoryService;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    @Override
    public Optional<ServiceItem> item(String code) {
        return code == null ? Optional.empty() : items.findById(code).map(ServiceItemEntity::toServiceItem);
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
                || new HashSet<>(item.collaboratingDepartmentCodes()).size() != item.collaboratingDepartmentCodes().size()) {
            throw new BusinessRuleException(Translations.current("catalog.error.collaborating"));
        }
        return items.save(new ServiceItemEntity(item)).toServiceItem();
    }

    private void requireDepartment(String code) {
        if (directory.department(code).isEmpty()) {
            throw new BusinessRuleException(Translations.current("catalog.error.unknownDepartment", code));
        }
    }
}
