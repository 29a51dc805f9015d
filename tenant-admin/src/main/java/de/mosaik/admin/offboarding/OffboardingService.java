package de.mosaik.admin.offboarding;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.mosaik.admin.audit.AuditLog;
import de.mosaik.admin.membership.Memberships;
import de.mosaik.admin.offboarding.OffboardingRefused.Reason;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.TenantDeleted;
import de.mosaik.admin.tenant.TenantSchemas;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.core.tenancy.TenantKey;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A council leaves in three steps: {@link #request} exports all its data and makes it read-only;
 * {@link #confirm} (the operator types the key) starts the waiting period; once it is over the council
 * is deleted ({@link #deleteIfDue}, also run every minute) and a {@link DeletionProof} stays. A county
 * can only leave after its members.
 */
@Service
public class OffboardingService {

	private static final Logger log = LoggerFactory.getLogger(OffboardingService.class);

	private final Tenants tenants;

	private final Offboardings offboardings;

	private final DeletionProofs proofs;

	private final Memberships memberships;

	private final TenantArchives archives;

	private final TenantSchemas schemas;

	private final TenantKeys redisKeys;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final Duration waitingPeriod;

	private final ApplicationEventPublisher events;

	OffboardingService(Tenants tenants, Offboardings offboardings, DeletionProofs proofs, Memberships memberships,
			TenantArchives archives, TenantSchemas schemas, TenantKeys redisKeys, AuditLog audit, TransactionTemplate tx,
			Clock clock, @Value("${mosaik.offboarding.waiting-period:P30D}") Duration waitingPeriod,
			ApplicationEventPublisher events) {
		this.events = events;
		this.tenants = tenants;
		this.offboardings = offboardings;
		this.proofs = proofs;
		this.memberships = memberships;
		this.archives = archives;
		this.schemas = schemas;
		this.redisKeys = redisKeys;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
		this.waitingPeriod = waitingPeriod;
	}

	public Duration waitingPeriod() {
		return waitingPeriod;
	}

	public Optional<Offboarding> find(String ags) {
		return offboardings.findByAgs(ags);
	}

	public List<DeletionProof> proofs(String ags) {
		return proofs.findByAgsOrderByDeletedAtDesc(ags);
	}

	/** Exports the council and makes it read-only (suspended) until it is deleted or the request cancelled. */
	public Offboarding request(Tenant council, String actor) {
		if (!council.isReachable()) {
			throw new OffboardingRefused(Reason.NOT_ACTIVE, council.getAgs());
		}
		if (tenants.countByParentId(council.getId()) > 0) {
			throw new OffboardingRefused(Reason.MEMBERS_REMAIN, council.getAgs());
		}
		if (offboardings.findByAgs(council.getAgs()).isPresent()) {
			throw new OffboardingRefused(Reason.ALREADY_REQUESTED, council.getAgs());
		}
		TenantArchives.Archive archive = archives.export(council.key(), council.getName());
		return tx.execute(status -> {
			Tenant tenant = tenants.findById(council.getId()).orElseThrow();
			OffsetDateTime now = now();
			if (tenant.getStatus() == TenantStatus.ACTIVE) {
				tenant.suspend("Abmeldung beantragt / offboarding requested", now);
			}
			Offboarding offboarding = offboardings.save(new Offboarding(tenant.getAgs(), tenant.getName(), archive,
					actor, now, now.plus(waitingPeriod)));
			audit.record(actor, "tenant.offboarding-requested", tenant.getAgs(),
					archive.tables() + " tables, " + archive.rows() + " rows, sha256 " + archive.sha256());
			return offboarding;
		});
	}

	/** The operator confirms by typing the council's key; deletion follows after the waiting period. */
	public Offboarding confirm(String ags, String typedKey, String actor) {
		return tx.execute(status -> {
			Offboarding offboarding = offboardings.findByAgs(ags)
				.orElseThrow(() -> new OffboardingRefused(Reason.NOT_REQUESTED, ags));
			if (!ags.equals(typedKey == null ? null : typedKey.strip())) {
				throw new OffboardingRefused(Reason.CONFIRMATION_MISMATCH, ags);
			}
			offboarding.confirm(actor, now());
			audit.record(actor, "tenant.offboarding-confirmed", ags, "delete after " + offboarding.getDeleteAfter());
			return offboarding;
		});
	}

	/** Stops an offboarding before deletion: the export is discarded, the council can work again. */
	public void cancel(String ags, String actor) {
		tx.executeWithoutResult(status -> {
			Offboarding offboarding = offboardings.findByAgs(ags)
				.orElseThrow(() -> new OffboardingRefused(Reason.NOT_REQUESTED, ags));
			offboardings.delete(offboarding);
			tenants.findByAgs(ags)
				.filter(t -> t.getStatus() == TenantStatus.SUSPENDED)
				.ifPresent(t -> t.resume(now()));
			audit.record(actor, "tenant.offboarding-cancelled", ags, null);
		});
	}

	/** Deletes the council if its offboarding is confirmed and the waiting period is over. */
	public DeletionProof deleteIfDue(String ags, String actor) {
		Offboarding offboarding = offboardings.findByAgs(ags)
			.orElseThrow(() -> new OffboardingRefused(Reason.NOT_REQUESTED, ags));
		if (offboarding.getStatus() != Offboarding.Status.CONFIRMED) {
			throw new OffboardingRefused(Reason.NOT_CONFIRMED, ags);
		}
		if (!offboarding.isDue(now())) {
			throw new OffboardingRefused(Reason.WAITING_PERIOD, ags);
		}
		return delete(offboarding, actor);
	}

	@Scheduled(fixedDelayString = "${mosaik.offboarding.check-every:PT1M}", initialDelayString = "PT1M")
	void deleteDue() {
		for (Offboarding offboarding : offboardings.findByStatus(Offboarding.Status.CONFIRMED)) {
			if (offboarding.isDue(now())) {
				try {
					delete(offboarding, "system:offboarding");
				}
				catch (RuntimeException ex) {
					log.error("Deleting council {} failed; retried in a minute", offboarding.getAgs(), ex);
				}
			}
		}
	}

	/** What of the council is still there; empty when the deletion is complete. */
	public List<String> remnants(String ags) {
		List<String> left = new ArrayList<>(schemas.remnants(new TenantKey(ags)));
		tenants.findByAgs(ags).ifPresent(t -> {
			left.add("platform.tenant row");
			long held = memberships.countByTenantId(t.getId());
			if (held > 0) {
				left.add(held + " memberships");
			}
		});
		offboardings.findByAgs(ags).ifPresent(o -> left.add("platform.offboarding row"));
		long keys = redisKeys.count(ags);
		if (keys > 0) {
			left.add(keys + " Redis keys");
		}
		return left;
	}

	private DeletionProof delete(Offboarding offboarding, String actor) {
		String ags = offboarding.getAgs();
		TenantKey key = new TenantKey(ags);
		Tenant tenant = tenants.findByAgs(ags).orElseThrow();
		if (tenants.countByParentId(tenant.getId()) > 0) {
			throw new OffboardingRefused(Reason.MEMBERS_REMAIN, ags);
		}
		schemas.drop(key);
		long keys = redisKeys.deleteAll(ags);
		DeletionProof proof = tx.execute(status -> {
			Tenant current = tenants.findById(tenant.getId()).orElseThrow();
			int removed = memberships.deleteByTenant(current.getId());
			tenants.delete(current);
			offboardings.delete(offboardings.findById(offboarding.getId()).orElseThrow());
			String deleted = "schema " + key.schemaName() + " with all its tables, the council's database role, "
					+ removed + " memberships, " + keys + " Redis keys, the platform rows of the council";
			audit.record(actor, "tenant.deleted", ags, deleted);
			events.publishEvent(new TenantDeleted(ags, tenant.getParentId()));
			return proofs.save(new DeletionProof(offboarding, deleted, actor, now()));
		});
		log.info("Council {} deleted: {}", ags, proof.getDeleted());
		return proof;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
