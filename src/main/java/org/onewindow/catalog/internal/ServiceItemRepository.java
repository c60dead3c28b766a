package org.onewindow.catalog.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceItemRepository extends JpaRepository<ServiceItemEntity, String> {
}
