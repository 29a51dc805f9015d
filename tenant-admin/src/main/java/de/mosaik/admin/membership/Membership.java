package de.mosaik.admin.membership;

import java.time.OffsetDateTime;
import java.util.UUID;

import de.mosaik.core.tenancy.Role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's role in one tenant (or, for operators, on the platform). */
@Entity
@Table(schema = "platform", name = "membership")
public class Membership {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String issuer;

	@Column(nullable = false)
	private String subject;

	@Column(name = "tenant_id")
	private UUID tenantId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	protected Membership() {
	}

	public Membership(Identity identity, UUID tenantId, Role role, String displayName, OffsetDateTime now) {
		if (role.isPlatformWide() != (tenantId == null)) {
			throw new IllegalArgumentException("The operator role is platform-wide, every other role is held in a tenant");
		}
		this.id = UUID.randomUUID();
		this.issuer = identity.issuer();
		this.subject = identity.subject();
		this.tenantId = tenantId;
		this.role = role;
		this.displayName = displayName;
		this.createdAt = now;
	}

	public UUID getId() {
		return id;
	}

	public Identity identity() {
		return new Identity(issuer, subject);
	}

	public UUID getTenantId() {
		return tenantId;
	}

	public Role getRole() {
		return role;
	}

	public String getDisplayName() {
		return displayName;
	}
}
