package de.mosaik.admin.tenant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.mosaik.admin.register.CouncilKind;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All councils that are tenants. */
public interface Tenants extends JpaRepository<Tenant, UUID> {

	Optional<Tenant> findByAgs(String ags);

	boolean existsByAgs(String ags);

	List<Tenant> findByParentId(UUID parentId);

	List<Tenant> findByOnboardingJob(UUID onboardingJob);

	long countByParentId(UUID parentId);

	@Query("""
			select t from Tenant t
			where (:text is null or lower(t.name) like lower(concat('%', cast(:text as string), '%')) or t.ags like concat(cast(:text as string), '%'))
			  and (:kind is null or t.kind = :kind)
			  and (:status is null or t.status = :status)
			  and (:migrationState is null or t.migrationState = :migrationState)
			""")
	Page<Tenant> search(String text, CouncilKind kind, TenantStatus status, MigrationState migrationState,
			Pageable pageable);

	/** The tenants a migration run must touch: reachable and not at the given version. */
	@Query("select t from Tenant t where t.status in :statuses and (t.schemaVersion is null or t.schemaVersion <> :version) order by t.ags")
	List<Tenant> findBehind(Collection<TenantStatus> statuses, String version);

	long countByStatusIn(Collection<TenantStatus> statuses);

	long countByMigrationState(MigrationState state);
}
