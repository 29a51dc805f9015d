package de.mosaik.core.network;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The contact persons of the current tenant's organisations. */
public interface ContactPersons extends JpaRepository<ContactPerson, UUID> {

	@Query("select c from ContactPerson c where c.organisationId = :organisationId order by lower(c.name), c.id")
	List<ContactPerson> ofOrganisation(UUID organisationId);
}
