package de.mosaik.admin.onboarding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import de.mosaik.admin.register.CouncilKind;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.admin.tenant.Tenants;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through one county onboarding job: the county first, then its members. Progress is counted
 * per council. A job interrupted by a restart is resumed when the application is ready again.
 */
@Component
class CountyOnboarding {

	private static final Logger log = LoggerFactory.getLogger(CountyOnboarding.class);

	private final OnboardingJobs jobs;

	private final Tenants tenants;

	private final Provisioning provisioning;

	private final TransactionTemplate tx;

	private final TaskExecutor executor;

	private final Clock clock;

	CountyOnboarding(OnboardingJobs jobs, Tenants tenants, Provisioning provisioning, TransactionTemplate tx,
			TaskExecutor executor, Clock clock) {
		this.jobs = jobs;
		this.tenants = tenants;
		this.provisioning = provisioning;
		this.tx = tx;
		this.executor = executor;
		this.clock = clock;
	}

	void run(UUID jobId) {
		OnboardingJob job = jobs.findById(jobId).orElseThrow();
		tx.executeWithoutResult(s -> jobs.start(jobId));
		String actor = job.getCreatedBy();
		List<Tenant> councils = tenants.findByOnboardingJob(jobId)
			.stream()
			.sorted(Comparator.comparing((Tenant t) -> t.getKind() != CouncilKind.COUNTY).thenComparing(Tenant::getAgs))
			.toList();
		for (Tenant council : councils) {
			if (council.getStatus() != TenantStatus.PROVISIONING) {
				continue; // done before a restart
			}
			boolean active = provisioning.provision(council.getId(), actor);
			tx.executeWithoutResult(s -> {
				if (active) {
					jobs.countDone(jobId);
				}
				else {
					jobs.countFailed(jobId);
				}
			});
		}
		tx.executeWithoutResult(s -> jobs.finish(jobId, OffsetDateTime.now(clock)));
		log.info("County onboarding job {} for {} finished", jobId, job.getCountyAgs());
	}

	@EventListener(ApplicationReadyEvent.class)
	void resumeInterruptedJobs() {
		for (OnboardingJob job : jobs.findByStatusIn(EnumSet.of(OnboardingJob.Status.QUEUED, OnboardingJob.Status.RUNNING))) {
			log.info("Resuming county onboarding job {} for {}", job.getId(), job.getCountyAgs());
			executor.execute(() -> run(job.getId()));
		}
	}
}
