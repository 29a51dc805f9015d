package de.mosaik.admin.onboarding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import de.mosaik.admin.audit.AuditLog;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.TenantActivated;
import de.mosaik.admin.tenant.TenantSchemas;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.admin.tenant.Tenants;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a registered tenant from {@code PROVISIONING} to {@code ACTIVE}: schema, role, changelog and
 * standard data first, the status last. A failure records its error and leaves the tenant
 * {@code PROVISIONING}; running this again completes it.
 */
@Component
public class Provisioning {

	private static final Logger log = LoggerFactory.getLogger(Provisioning.class);

	private final Tenants tenants;

	private final TenantSchemas schemas;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Provisioning(Tenants tenants, TenantSchemas schemas, AuditLog audit, TransactionTemplate tx, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.tenants = tenants;
		this.schemas = schemas;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	/**
	 * Schema, role, changelog and status in one transaction (see {@link TenantSchemas#provision}).
	 * @return whether the tenant is active now
	 */
	public boolean provision(UUID tenantId, String actor) {
		try {
			return Boolean.TRUE.equals(tx.execute(status -> {
				Tenant tenant = tenants.findById(tenantId).orElseThrow();
				if (tenant.getStatus() != TenantStatus.PROVISIONING) {
					return tenant.getStatus() == TenantStatus.ACTIVE;
				}
				activate(tenant, actor);
				return true;
			}));
		}
		catch (RuntimeException ex) {
			recordFailure(tenantId, actor, ex);
			return false;
		}
	}

	/** Inside the caller's transaction: schema, role, changelog and standard data, then ACTIVE. */
	void activate(Tenant tenant, String actor) {
		tenant.provisioned(schemas.provision(tenant.key()), now());
		audit.record(actor, "tenant.provisioned", tenant.getAgs(), "schema " + tenant.getSchemaName());
		events.publishEvent(new TenantActivated(tenant.getId()));
	}

	void recordFailure(UUID tenantId, String actor, RuntimeException ex) {
		String error = rootMessage(ex);
		tx.executeWithoutResult(status -> tenants.findById(tenantId).ifPresent(current -> {
			log.warn("Provisioning of tenant {} failed: {}", current.getAgs(), error, ex);
			current.failed(error, now());
			audit.record(actor, "tenant.provisioning-failed", current.getAgs(), error);
		}));
	}

	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return message.length() > 1000 ? message.substring(0, 1000) : message;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
