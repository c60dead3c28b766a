package org.onewindow.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.onewindow.audit.AdminAction;
import org.onewindow.catalog.CatalogAdminService;
import org.onewindow.catalog.CatalogEntry;
import org.onewindow.catalog.CatalogFilter;
import org.onewindow.catalog.ItemState;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.ServiceItemDraft;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

@Service
@Transactional(readOnly = true)
@RolesAllowed({ AppRoles.ADMIN, AppRoles.CATALOG_EDITOR })
class JpaCatalogAdminService implements CatalogAdminService {

    private final ServiceItemRepository items;
    private final ItemVersionRepository versions;
    private final CatalogQueries queries;
    private final ServiceItemValidator validator;
    private final CatalogLoader loader;
    private final CatalogAudit audit;

    JpaCatalogAdminService(ServiceItemRepository items, ItemVersionRepository versions, CatalogQueries queries,
            ServiceItemValidator validator, CatalogLoader loader, CatalogAudit audit) {
        this.items = items;
        this.versions = versions;
        this.queries = queries;
        this.validator = validator;
        this.loader = loader;
        this.audit = audit;
    }

    @Override
    public List<CatalogEntry> page(CatalogFilter filter, PageRequest page) {
        return queries.page(filter == null ? CatalogFilter.none() : filter, page);
    }

    @Override
    public long count(CatalogFilter filter) {
        return queries.count(filter == null ? CatalogFilter.none() : filter);
    }

    @Override
    public List<ServiceItem> versions(String code) {
        return code == null ? List.of() : versions.versionsOf(code).stream().map(ItemVersionEntity::toServiceItem)
                .toList();
    }

    @Override
    @Transactional
    public ServiceItem create(ServiceItemDraft draft) {
        validator.checkDraft(draft, items::existsById);
        String code = draft.code().trim();
        ItemVersionEntity first = new ItemVersionEntity(code, 1, draft);
        items.saveAndFlush(new ServiceItemEntity(first));
        ServiceItem created = versions.saveAndFlush(first).toServiceItem();
        return audit.logged(created, AdminAction.CREATED, null);
    }

    @Override
    @Transactional
    public ServiceItem save(String code, ServiceItemDraft draft) {
        List<ItemVersionEntity> all = existing(code);
        validator.checkDraft(draft, null);
        ItemVersionEntity newest = all.get(0);
        if (newest.state() == ItemState.DRAFT) {
            ServiceItem before = newest.toServiceItem();
            newest.edit(draft);
            return audit.logged(versions.saveAndFlush(newest).toServiceItem(), AdminAction.CHANGED, before);
        }
        ServiceItem created = added(new ItemVersionEntity(code, newest.version() + 1, draft));
        return audit.logged(created, AdminAction.CREATED, newest.toServiceItem());
    }

    @Override
    @Transactional
    public ServiceItem newVersion(String code) {
        List<ItemVersionEntity> all = existing(code);
        ItemVersionEntity newest = all.get(0);
        if (newest.state() == ItemState.DRAFT) {
            return newest.toServiceItem();
        }
        ServiceItem from = newest.toServiceItem();
        ServiceItem created = added(new ItemVersionEntity(code, newest.version() + 1, ServiceItemDraft.of(from)));
        return audit.logged(created, AdminAction.CREATED, from);
    }

    @Override
    @Transactional
    public ServiceItem publish(String code) {
        List<ItemVersionEntity> all = existing(code);
        ItemVersionEntity draft = all.stream().filter(v -> v.state() == ItemState.DRAFT).findFirst()
                .orElseThrow(() -> new BusinessRuleException(Translations.current("catalog.error.item.noDraft", code)));
        validator.checkPublishable(draft.toDraft(), loader::active);
        Optional<ItemVersionEntity> current = all.stream().filter(v -> v.state() == ItemState.PUBLISHED).findFirst();
        ServiceItem before = current.map(ItemVersionEntity::toServiceItem).orElse(null);
        current.ifPresent(version -> {
            version.supersede();
            // The one published version per item is what new cases take: supersede it before the draft is published.
            versions.saveAndFlush(version);
        });
        draft.publish();
        item(code).published(draft);
        return audit.logged(versions.saveAndFlush(draft).toServiceItem(), AdminAction.PUBLISHED, before);
    }

    @Override
    @Transactional
    public ServiceItem retire(String code) {
        List<ItemVersionEntity> all = existing(code);
        ItemVersionEntity published = all.stream().filter(v -> v.state() == ItemState.PUBLISHED).findFirst()
                .orElseThrow(() -> new BusinessRuleException(
                        Translations.current("catalog.error.item.notPublished", code)));
        ServiceItem before = published.toServiceItem();
        published.retire();
        item(code).retired();
        return audit.logged(versions.saveAndFlush(published).toServiceItem(), AdminAction.RETIRED, before);
    }

    private ServiceItem added(ItemVersionEntity version) {
        item(version.code()).added(version);
        return versions.saveAndFlush(version).toServiceItem();
    }

    /** The item's identity, which keeps its newest and published version numbers for the editors' list. */
    private ServiceItemEntity item(String code) {
        return items.findById(code)
                .orElseThrow(() -> new NotFoundException(Translations.current("catalog.error.item.unknown", code)));
    }

    /** The item's versions, newest first. */
    private List<ItemVersionEntity> existing(String code) {
        List<ItemVersionEntity> all = code == null ? List.of() : versions.versionsOf(code);
        if (all.isEmpty()) {
            throw new NotFoundException(Translations.current("catalog.error.item.unknown", code));
        }
        return all;
    }
}
