package de.mosaik.admin.onboarding;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import de.mosaik.admin.lock.ClusterLock;
import de.mosaik.admin.lock.ClusterLocks;
import de.mosaik.admin.register.OfficialRegister;
import de.mosaik.admin.register.RegisteredCouncil;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.web.support.IntegrationTest;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An interrupted county onboarding job is worked on by one instance only: while another instance holds
 * its lock this one leaves it alone, and of two instances resuming it at once exactly one provisions
 * the councils. (In the package of {@link CountyOnboarding}, whose job runner is package-private.)
 */
class OnboardingJobLockTest extends IntegrationTest {

	static final String DITHMARSCHEN = "01051";

	@Autowired
	CountyOnboarding countyOnboarding;

	@Autowired
	OnboardingJobs jobs;

	@Autowired
	Tenants tenants;

	@Autowired
	OfficialRegister register;

	@Autowired
	ClusterLocks locks;

	@Autowired
	MeterRegistry meters;

	@Test
	void onlyOneInstanceWorksOnAnInterruptedJob() throws Exception {
		UUID jobId = interruptedJob();
		double provisionedBefore = provisionedByJobs();

		try (ClusterLock otherInstance = locks.tryAcquire(CountyOnboarding.lockName(jobId)).orElseThrow()) {
			assertThat(countyOnboarding.run(jobId)).isFalse();
			// resuming at start leaves it to the other instance as well
			countyOnboarding.resumeInterruptedJobs();
			Thread.sleep(500);
			assertThat(jobs.findById(jobId).orElseThrow().getStatus()).isEqualTo(OnboardingJob.Status.QUEUED);
			assertThat(tenants.findByOnboardingJob(jobId)).allMatch(t -> t.getStatus() == TenantStatus.PROVISIONING);
		}

		// two instances resume it at the same moment: one works, the other finds it taken or finished
		CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> countyOnboarding.run(jobId));
		CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> countyOnboarding.run(jobId));
		List<Boolean> worked = List.of(first.get(120, TimeUnit.SECONDS), second.get(120, TimeUnit.SECONDS));
		assertThat(worked).containsExactlyInAnyOrder(true, false);

		OnboardingJob job = jobs.findById(jobId).orElseThrow();
		assertThat(job.getStatus()).isEqualTo(OnboardingJob.Status.COMPLETED);
		assertThat(job.getDone()).isEqualTo(3);
		assertThat(job.getFailed()).isZero();
		assertThat(tenants.findByOnboardingJob(jobId)).hasSize(3).allMatch(t -> t.getStatus() == TenantStatus.ACTIVE);
		assertThat(provisionedByJobs() - provisionedBefore).isEqualTo(3.0);
		// a finished job is left alone
		assertThat(countyOnboarding.run(jobId)).isFalse();
		assertThat(jobs.findById(jobId).orElseThrow().getDone()).isEqualTo(3);
	}

	/** A county job as an instance left it when it was stopped before working on it: queued, councils registered. */
	private UUID interruptedJob() {
		RegisteredCouncil county = register.find(DITHMARSCHEN).orElseThrow();
		List<RegisteredCouncil> members = register.membersOf(DITHMARSCHEN).subList(0, 2);
		OffsetDateTime now = OffsetDateTime.now();
		OnboardingJob job = jobs.save(new OnboardingJob(DITHMARSCHEN, 3, "test", now));
		List<Tenant> councils = new ArrayList<>();
		Tenant countyTenant = new Tenant(county, null, job.getId(), now);
		councils.add(countyTenant);
		for (RegisteredCouncil member : members) {
			councils.add(new Tenant(member, countyTenant.getId(), job.getId(), now));
		}
		tenants.saveAllAndFlush(councils);
		return job.getId();
	}

	private double provisionedByJobs() {
		return meters.get("mosaik.onboarding.tenants").tag("source", "county-job").tag("outcome", "provisioned").counter().count();
	}
}
