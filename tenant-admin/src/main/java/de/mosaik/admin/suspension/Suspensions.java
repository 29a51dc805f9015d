package de.mosaik.admin.suspension;

import java.time.Clock;
import java.time.OffsetDateTime;

import de.mosaik.admin.audit.AuditLog;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.admin.tenant.Tenants;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Suspends and resumes councils, with the reason in the audit log. */
@Service
public class Suspensions {

	private final Tenants tenants;

	private final AuditLog audit;

	private final Clock clock;

	Suspensions(Tenants tenants, AuditLog audit, Clock clock) {
		this.tenants = tenants;
		this.audit = audit;
		this.clock = clock;
	}

	/** Why a suspension or resumption cannot be done. */
	public static class NotPossible extends RuntimeException {

		private final TenantStatus status;

		NotPossible(TenantStatus status) {
			super("not possible in status " + status);
			this.status = status;
		}

		public TenantStatus status() {
			return status;
		}
	}

	@Transactional
	public Tenant suspend(Tenant council, String reason, String actor) {
		Tenant tenant = tenants.findById(council.getId()).orElseThrow();
		if (tenant.getStatus() != TenantStatus.ACTIVE) {
			throw new NotPossible(tenant.getStatus());
		}
		tenant.suspend(reason.strip(), OffsetDateTime.now(clock));
		audit.record(actor, "tenant.suspended", tenant.getAgs(), reason.strip());
		return tenant;
	}

	@Transactional
	public Tenant resume(Tenant council, String actor) {
		Tenant tenant = tenants.findById(council.getId()).orElseThrow();
		if (tenant.getStatus() != TenantStatus.SUSPENDED) {
			throw new NotPossible(tenant.getStatus());
		}
		tenant.resume(OffsetDateTime.now(clock));
		audit.record(actor, "tenant.resumed", tenant.getAgs(), null);
		return tenant;
	}
}
