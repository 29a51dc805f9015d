package de.mosaik.web.councils;

import java.time.OffsetDateTime;
import java.util.UUID;

import de.mosaik.admin.onboarding.OnboardingJob;

/** Progress of onboarding a county with its members. */
record OnboardingJobResponse(UUID id, String countyAgs, OnboardingJob.Status status, int total, int done, int failed,
		int percent, OffsetDateTime createdAt, OffsetDateTime finishedAt) {

	static OnboardingJobResponse of(OnboardingJob j) {
		return new OnboardingJobResponse(j.getId(), j.getCountyAgs(), j.getStatus(), j.getTotal(), j.getDone(),
				j.getFailed(), j.percent(), j.getCreatedAt(), j.getFinishedAt());
	}
}
