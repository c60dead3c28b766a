package org.onewindow.directory.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffRepository extends JpaRepository<StaffEntity, Long> {

    // JPQL, not derived: Hibernate caches a JPQL string's translation, not a derived (criteria) query's.
    @Query("select s from StaffEntity s where s.username = :username")
    Optional<StaffEntity> findByUsername(String username);

    @Query("select s from StaffEntity s join s.departmentCodes d where d = :departmentCode and s.active = true "
            + "order by s.displayName")
    List<StaffEntity> findActiveMembersOf(String departmentCode);

    @Query("select s from StaffEntity s join s.roles r where r = :role and s.active = true order by s.displayName")
    List<StaffEntity> findActiveWithRole(String role);

    @Query("select count(s) > 0 from StaffEntity s where s.username = :username")
    boolean existsByUsername(String username);

    /** Active accounts with {@code role} other than {@code username}'s: is someone else left to hold it? */
    @Query("select count(s) from StaffEntity s join s.roles r where r = :role and s.active = true "
            + "and s.username <> :username")
    long countActiveWithRoleOtherThan(String role, String username);

    @Query("select count(s) > 0 from StaffEntity s join s.roles r where r = :role")
    boolean existsWithRole(String role);
}
