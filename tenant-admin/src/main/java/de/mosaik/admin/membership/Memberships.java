package de.mosaik.admin.membership;

import java.util.List;
import java.util.UUID;

import de.mosaik.core.tenancy.Role;

import org.springframework.data.jpa.repository.JpaRepository;

/** All memberships. */
public interface Memberships extends JpaRepository<Membership, UUID> {

	List<Membership> findByIssuerAndSubject(String issuer, String subject);

	boolean existsByIssuerAndSubjectAndTenantIdAndRole(String issuer, String subject, UUID tenantId, Role role);

	boolean existsByIssuerAndSubjectAndTenantIdIsNullAndRole(String issuer, String subject, Role role);

	long countByTenantId(UUID tenantId);

	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("delete from Membership m where m.tenantId = :tenantId")
	int deleteByTenant(UUID tenantId);
}
