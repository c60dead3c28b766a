package org.onewindow.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.onewindow.catalog.ItemState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ItemVersionRepository extends JpaRepository<ItemVersionEntity, ItemVersionEntity.Key> {

    @Query("select v from ItemVersionEntity v where v.code = :code order by v.version desc")
    List<ItemVersionEntity> versionsOf(String code);

    @Query("select v from ItemVersionEntity v where v.code = :code and v.state = :state")
    Optional<ItemVersionEntity> inState(String code, ItemState state);

    @Query("select v from ItemVersionEntity v where v.state = org.onewindow.catalog.ItemState.PUBLISHED "
            + "order by v.code")
    List<ItemVersionEntity> published();

    /** Items a department leads in a version that is or may become current (a draft or the published one). */
    @Query("select distinct v.code from ItemVersionEntity v where v.leadDepartmentCode = :departmentCode "
            + "and v.state in (org.onewindow.catalog.ItemState.DRAFT, org.onewindow.catalog.ItemState.PUBLISHED) "
            + "order by v.code")
    List<String> codesLedBy(String departmentCode);
}
