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
}
