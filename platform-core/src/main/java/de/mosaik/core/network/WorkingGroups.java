package de.mosaik.core.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The working groups of the current tenant. */
public interface WorkingGroups extends JpaRepository<WorkingGroup, UUID> {

	@Query("select g from WorkingGroup g where lower(g.name) like lower(concat('%', :text, '%')) "
			+ "or lower(coalesce(g.description, '')) like lower(concat('%', :text, '%'))")
	Page<WorkingGroup> find(String text, Pageable pageable);

	@Query("select g from WorkingGroup g where lower(g.name) = lower(:name)")
	Optional<WorkingGroup> findByNameIgnoringCase(String name);

	@Query("select g from WorkingGroup g where :organisationId member of g.organisationIds order by lower(g.name)")
	List<WorkingGroup> withMember(UUID organisationId);
}
