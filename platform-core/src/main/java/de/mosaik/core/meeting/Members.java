package de.mosaik.core.meeting;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The members of the current tenant's bodies. */
public interface Members extends JpaRepository<Member, UUID> {

	@Query("select m from Member m where m.bodyId = :bodyId and (:role is null or m.role = :role) "
			+ "and (lower(m.name) like lower(concat('%', :text, '%')) "
			+ "or lower(coalesce(m.function, '')) like lower(concat('%', :text, '%')) "
			+ "or lower(coalesce(m.organisation, '')) like lower(concat('%', :text, '%')))")
	Page<Member> find(UUID bodyId, MemberRole role, String text, Pageable pageable);

	List<Member> findByBodyIdOrderByNameAscIdAsc(UUID bodyId);

	/** Departments are another feature: only whether the row exists is asked here, in the same schema. */
	@Query(value = "select exists (select 1 from department where id = :id)", nativeQuery = true)
	boolean departmentExists(UUID id);
}
