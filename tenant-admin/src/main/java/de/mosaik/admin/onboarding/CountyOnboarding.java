package de.mosaik.admin.onboarding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.mosaik.admin.lock.ClusterLock;
import de.mosaik.admin.lock.ClusterLocks;
import de.mosaik.admin.register.CouncilKind;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.admin.tenant.Tenants;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through one county onboarding job: the county first, then its members. Progress is counted
 * per council. A job interrupted by a restart is resumed when the application is ready again. A job is
 * worked on by one instance at a time: the one that holds its cluster lock; the others leave it alone.
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

	private final ClusterLocks locks;

	private final OnboardingMetrics metrics;

	private final boolean resumeOnStart;

	CountyOnboarding(OnboardingJobs jobs, Tenants tenants, Provisioning provisioning, TransactionTemplate tx,
			TaskExecutor executor, Clock clock, ClusterLocks locks, OnboardingMetrics metrics,
			@Value("${mosaik.onboarding.resume-on-start:true}") boolean resumeOnStart) {
		this.jobs = jobs;
		this.tenants = tenants;
		this.provisioning = provisioning;
		this.tx = tx;
		this.executor = executor;
		this.clock = clock;
		this.locks = locks;
		this.metrics = metrics;
		this.resumeOnStart = resumeOnStart;
	}

	static String lockName(UUID jobId) {
		return "onboarding-job:" + jobId;
	}

	/**
	 * Works the job through unless another instance is at it already.
	 * @return whether this instance worked on it (false: another holds it, or it is finished)
	 */
	boolean run(UUID jobId) {
		Optional<ClusterLock> lock = locks.tryAcquire(lockName(jobId));
		if (lock.isEmpty()) {
			log.info("County onboarding job {} is being worked on by another instance", jobId);
			return false;
		}
		try (ClusterLock held = lock.get()) {
			OnboardingJob job = jobs.findById(jobId).orElseThrow();
			if (job.isFinished()) {
				return false; // another instance finished it before this one got the lock
			}
			work(job);
			return true;
		}
	}

	private void work(OnboardingJob job) {
		UUID jobId = job.getId();
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
			if (active) {
				metrics.provisioned(OnboardingMetrics.COUNTY_JOB);
			}
			else {
				metrics.failed(OnboardingMetrics.COUNTY_JOB);
			}
		}
		tx.executeWithoutResult(s -> jobs.finish(jobId, OffsetDateTime.now(clock)));
		metrics.jobFinished(jobs.findById(jobId).map(j -> j.getFailed() > 0).orElse(false));
		log.info("County onboarding job {} for {} finished", jobId, job.getCountyAgs());
	}

	/**
	 * Picks up the jobs that no instance works on, e.g. after a restart. Each is worked on by the
	 * instance that gets its lock first; the others skip it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void resumeInterruptedJobs() {
		if (!resumeOnStart) {
			return;
		}
		for (OnboardingJob job : jobs.findByStatusIn(EnumSet.of(OnboardingJob.Status.QUEUED, OnboardingJob.Status.RUNNING))) {
			if (locks.isHeld(lockName(job.getId()))) {
				log.info("County onboarding job {} for {} is being worked on by another instance", job.getId(),
						job.getCountyAgs());
				continue;
			}
			log.info("Resuming county onboarding job {} for {}", job.getId(), job.getCountyAgs());
			executor.execute(() -> run(job.getId()));
		}
	}
}
