package de.mosaik.admin.membership;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.core.tenancy.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers which tenants and roles a person has, and grants roles. */
@Service
public class MembershipService {

	private final Memberships memberships;

	private final Tenants tenants;

	private final Clock clock;

	MembershipService(Memberships memberships, Tenants tenants, Clock clock) {
		this.memberships = memberships;
		this.tenants = tenants;
		this.clock = clock;
	}

	/** What one person may do: platform roles and, per reachable tenant, the roles held there. */
	@Transactional(readOnly = true)
	public Access accessOf(Identity identity) {
		List<Membership> held = memberships.findByIssuerAndSubject(identity.issuer(), identity.subject());
		Set<Role> platformRoles = held.stream()
			.filter(m -> m.getTenantId() == null)
			.map(Membership::getRole)
			.collect(Collectors.toUnmodifiableSet());
		Set<UUID> tenantIds = held.stream()
			.map(Membership::getTenantId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<UUID, Tenant> byId = tenants.findAllById(tenantIds)
			.stream()
			.filter(Tenant::isReachable)
			.collect(Collectors.toMap(Tenant::getId, Function.identity()));
		List<Access.TenantRoles> tenantRoles = held.stream()
			.filter(m -> byId.containsKey(m.getTenantId()))
			.collect(Collectors.groupingBy(Membership::getTenantId,
					Collectors.mapping(Membership::getRole, Collectors.toUnmodifiableSet())))
			.entrySet()
			.stream()
			.map(e -> {
				Tenant t = byId.get(e.getKey());
				return new Access.TenantRoles(t.getAgs(), t.getName(), t.getKind(), t.getStatus(), e.getValue(),
						t.getSuspensionReason(), t.getMigrationState());
			})
			.sorted(Comparator.comparing(Access.TenantRoles::name))
			.toList();
		return new Access(identity, platformRoles, tenantRoles);
	}

	@Transactional
	public void grant(Identity identity, Tenant tenant, Role role, String displayName) {
		UUID tenantId = tenant == null ? null : tenant.getId();
		boolean exists = tenantId == null
				? memberships.existsByIssuerAndSubjectAndTenantIdIsNullAndRole(identity.issuer(), identity.subject(), role)
				: memberships.existsByIssuerAndSubjectAndTenantIdAndRole(identity.issuer(), identity.subject(), tenantId,
						role);
		if (!exists) {
			memberships.save(new Membership(identity, tenantId, role, displayName, OffsetDateTime.now(clock)));
		}
	}
}
