package de.mosaik.admin.onboarding;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** All county onboarding jobs. Progress counters are updated in place, never read-modify-write. */
public interface OnboardingJobs extends JpaRepository<OnboardingJob, UUID> {

	List<OnboardingJob> findByStatusIn(Collection<OnboardingJob.Status> statuses);

	List<OnboardingJob> findTop20ByOrderByCreatedAtDesc();

	@Modifying
	@Query("update OnboardingJob j set j.status = 'RUNNING' where j.id = :id and j.status = 'QUEUED'")
	int start(UUID id);

	@Modifying
	@Query("update OnboardingJob j set j.done = j.done + 1 where j.id = :id")
	int countDone(UUID id);

	@Modifying
	@Query("update OnboardingJob j set j.failed = j.failed + 1 where j.id = :id")
	int countFailed(UUID id);

	@Modifying
	@Query("""
			update OnboardingJob j set j.finishedAt = :now,
			  j.status = case when j.failed > 0 then de.mosaik.admin.onboarding.OnboardingJob.Status.COMPLETED_WITH_ERRORS
			                  else de.mosaik.admin.onboarding.OnboardingJob.Status.COMPLETED end
			where j.id = :id""")
	int finish(UUID id, OffsetDateTime now);
}
