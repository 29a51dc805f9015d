package de.mosaik.core.network;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The partner organisations of the current tenant. */
public interface Organisations extends JpaRepository<Organisation, UUID> {

	@Query("select o from Organisation o where lower(o.name) = lower(:name)")
	Optional<Organisation> findByNameIgnoringCase(String name);

	@Query("select lower(o.name) from Organisation o")
	List<String> lowerNames();

	List<Organisation> findByIdIn(Collection<UUID> ids);
}
