package de.mosaik.core.network;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The offers of the current tenant's organisations. */
public interface Offers extends JpaRepository<Offer, UUID> {

	@Query("select f from Offer f where f.organisationId = :organisationId order by lower(f.topic), f.id")
	List<Offer> ofOrganisation(UUID organisationId);
}
