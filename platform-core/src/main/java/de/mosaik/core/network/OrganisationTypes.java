package de.mosaik.core.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The organisation types of the current tenant. */
public interface OrganisationTypes extends JpaRepository<OrganisationType, UUID> {

	Optional<OrganisationType> findByCode(String code);

	@Query("select t from OrganisationType t where lower(t.name) = lower(:name)")
	Optional<OrganisationType> findByNameIgnoringCase(String name);

	@Query("select t from OrganisationType t order by t.position, lower(t.name)")
	List<OrganisationType> ordered();

	@Query("select count(o) > 0 from Organisation o where o.typeId = :typeId")
	boolean inUse(UUID typeId);
}
