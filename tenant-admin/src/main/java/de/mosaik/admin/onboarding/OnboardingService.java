package de.mosaik.admin.onboarding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.mosaik.admin.audit.AuditLog;
import de.mosaik.admin.onboarding.OnboardingRefused.Reason;
import de.mosaik.admin.register.CouncilKind;
import de.mosaik.admin.register.OfficialRegister;
import de.mosaik.admin.register.RegisteredCouncil;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.core.tenancy.TenantKey;

import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Onboards councils as the official register lists them. Every check runs before anything is
 * created; provisioning itself is {@link Provisioning}'s.
 */
@Service
public class OnboardingService {

	private final OfficialRegister register;

	private final Tenants tenants;

	private final OnboardingJobs jobs;

	private final Provisioning provisioning;

	private final CountyOnboarding countyOnboarding;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final TaskExecutor executor;

	private final Clock clock;

	private final OnboardingMetrics metrics;

	OnboardingService(OfficialRegister register, Tenants tenants, OnboardingJobs jobs, Provisioning provisioning,
			CountyOnboarding countyOnboarding, AuditLog audit, TransactionTemplate tx,
			TaskExecutor executor, Clock clock, OnboardingMetrics metrics) {
		this.metrics = metrics;
		this.register = register;
		this.tenants = tenants;
		this.jobs = jobs;
		this.provisioning = provisioning;
		this.countyOnboarding = countyOnboarding;
		this.audit = audit;
		this.tx = tx;
		this.executor = executor;
		this.clock = clock;
	}

	/** Onboards one council and provisions it before returning. */
	public Tenant onboard(String ags, String actor) {
		RegisteredCouncil council = registered(ags);
		UUID parentId = null;
		if (council.kind() == CouncilKind.MUNICIPALITY) {
			Tenant county = tenants.findByAgs(council.countyAgs())
				.filter(t -> t.getStatus() == TenantStatus.ACTIVE)
				.orElseThrow(() -> new OnboardingRefused(Reason.COUNTY_NOT_ONBOARDED, ags));
			parentId = county.getId();
		}
		UUID parent = parentId;
		try {
			// the council, its schema and its status commit together: a failure leaves nothing behind
			Tenant onboarded = tx.execute(status -> {
				Tenant created = register(council, parent, actor);
				provisioning.activate(created, actor);
				return created;
			});
			metrics.provisioned(OnboardingMetrics.SINGLE);
			return onboarded;
		}
		catch (OnboardingRefused refused) {
			throw refused;
		}
		catch (RuntimeException ex) {
			// record the council with its error, so that operators see it and a retry completes it
			Tenant pending = tx.execute(status -> register(council, parent, actor));
			provisioning.recordFailure(pending.getId(), actor, ex);
			metrics.failed(OnboardingMetrics.SINGLE);
			return tenants.findById(pending.getId()).orElseThrow();
		}
	}

	private Tenant register(RegisteredCouncil council, UUID parent, String actor) {
		if (tenants.existsByAgs(council.ags())) {
			throw new OnboardingRefused(Reason.ALREADY_ONBOARDED, council.ags());
		}
		Tenant created = tenants.saveAndFlush(new Tenant(council, parent, null, now()));
		audit.record(actor, "tenant.onboarded", council.ags(), council.kind() + " " + council.name());
		return created;
	}

	/** Retries the provisioning of a tenant that is still {@code PROVISIONING}. */
	public Tenant retryProvisioning(String ags, String actor) {
		Tenant tenant = tenants.findByAgs(ags).orElseThrow(() -> new OnboardingRefused(Reason.UNKNOWN_KEY, ags));
		if (tenant.getStatus() == TenantStatus.PROVISIONING) {
			if (provisioning.provision(tenant.getId(), actor)) {
				metrics.provisioned(OnboardingMetrics.SINGLE);
			}
			else {
				metrics.failed(OnboardingMetrics.SINGLE);
			}
		}
		return tenants.findById(tenant.getId()).orElseThrow();
	}

	/**
	 * Registers a county (unless onboarded) and all its member municipalities not yet onboarded, and
	 * provisions them in the background. Refused if nothing would be onboarded.
	 */
	public OnboardingJob onboardCounty(String countyAgs, String actor) {
		RegisteredCouncil county = registered(countyAgs);
		if (county.kind() != CouncilKind.COUNTY) {
			throw new OnboardingRefused(Reason.WRONG_KIND, countyAgs);
		}
		OnboardingJob job = tx.execute(status -> {
			Optional<Tenant> existingCounty = tenants.findByAgs(countyAgs);
			List<RegisteredCouncil> missing = new ArrayList<>();
			if (existingCounty.isEmpty()) {
				missing.add(county);
			}
			register.membersOf(countyAgs).stream().filter(m -> !tenants.existsByAgs(m.ags())).forEach(missing::add);
			if (missing.isEmpty()) {
				throw new OnboardingRefused(Reason.ALREADY_ONBOARDED, countyAgs);
			}
			OnboardingJob created = jobs.save(new OnboardingJob(countyAgs, missing.size(), actor, now()));
			UUID countyId = existingCounty.map(Tenant::getId).orElse(null);
			List<Tenant> registered = new ArrayList<>();
			for (RegisteredCouncil council : missing) {
				Tenant tenant = new Tenant(council, council.kind() == CouncilKind.COUNTY ? null : countyId,
						created.getId(), now());
				if (council.kind() == CouncilKind.COUNTY) {
					countyId = tenant.getId();
				}
				registered.add(tenant);
			}
			// the county row first: its members reference it
			tenants.saveAllAndFlush(registered);
			audit.record(actor, "county.onboarding-started", countyAgs,
					missing.size() + " councils of " + county.name());
			return created;
		});
		executor.execute(() -> countyOnboarding.run(job.getId()));
		return job;
	}

	public Optional<OnboardingJob> job(UUID id) {
		return jobs.findById(id);
	}

	public List<OnboardingJob> recentJobs() {
		return jobs.findTop20ByOrderByCreatedAtDesc();
	}

	private RegisteredCouncil registered(String ags) {
		if (!TenantKey.isWellFormed(ags)) {
			throw new OnboardingRefused(Reason.MALFORMED_KEY, ags);
		}
		return register.find(ags).orElseThrow(() -> new OnboardingRefused(Reason.UNKNOWN_KEY, ags));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
