package org.onewindow.catalog.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ItemState;
import org.onewindow.catalog.ServiceItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
@Transactional(readOnly = true)
class JpaCatalogService implements CatalogService {

    private final ItemVersionRepository versions;
    private final CatalogQueries queries;
    private final CatalogLoader loader;

    JpaCatalogService(ItemVersionRepository versions, CatalogQueries queries, CatalogLoader loader) {
        this.versions = versions;
        this.queries = queries;
        this.loader = loader;
    }

    /**
     * Versions by code and number, as read once. A version's content never changes once published (editing makes a
     * new version), so each node keeps it for good; drafts are not kept, and a version is kept only once the
     * transaction that read it has committed. Which version is current, and each version's state, are read from the
     * database on every call (one indexed row), so a publication or retirement on another node is seen at once.
     * Every registration and every step deadline reads its item, and loading a version (three tables) was part of
     * intake's cost in the load benchmark (issue 7, docs/benchmarks.md). The catalog is small (hundreds to a few
     * thousand versions), so the map is not bounded.
     */
    private final Map<ItemVersionEntity.Key, ServiceItem> contentByVersion = new ConcurrentHashMap<>();

    @Override
    public List<ServiceItem> search(String text, int limit) {
        return queries.searchPublished(text, limit).stream().map(this::item).flatMap(Optional::stream).toList();
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<ServiceItem> item(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return queries.publishedVersion(code).flatMap(version -> content(code, version))
                .map(item -> withState(item, ItemState.PUBLISHED));
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<ServiceItem> version(String code, int version) {
        if (code == null) {
            return Optional.empty();
        }
        return queries.state(code, version)
                .flatMap(state -> content(code, version).map(item -> withState(item, state)));
    }

    private Optional<ServiceItem> content(String code, int version) {
        ItemVersionEntity.Key key = new ItemVersionEntity.Key(code, version);
        ServiceItem known = contentByVersion.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ServiceItem> found = versions.findById(key).map(ItemVersionEntity::toServiceItem);
        found.filter(item -> item.state() != ItemState.DRAFT)
                .ifPresent(item -> afterCommit(() -> contentByVersion.put(key, item)));
        return found;
    }

    private static ServiceItem withState(ServiceItem item, ItemState state) {
        return item.state() == state ? item
                : new ServiceItem(item.code(), item.version(), state, item.nameZh(), item.nameEn(), item.kind(),
                        item.legalLimitDays(), item.promisedLimitDays(), item.leadDepartmentCode(),
                        item.collaboratingDepartmentCodes(), item.materials(), item.onlineApplication(),
                        item.guideZh(), item.guideEn(), item.atMostOneVisit());
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
        return versions.published().stream().map(ItemVersionEntity::toServiceItem).toList();
    }

    @Override
    @Transactional
    public ServiceItem create(ServiceItem item) {
        return loader.load(item);
    }
}
