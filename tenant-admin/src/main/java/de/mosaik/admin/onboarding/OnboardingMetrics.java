package de.mosaik.admin.onboarding;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts of onboarding for the metrics endpoint, by outcome and by way (a county job or a single
 * council), never by tenant: which council failed is in {@code platform.tenant} and in the log.
 */
@Component
class OnboardingMetrics {

	static final String COUNTY_JOB = "county-job";

	static final String SINGLE = "single";

	private final Counter jobProvisioned;

	private final Counter jobFailed;

	private final Counter singleProvisioned;

	private final Counter singleFailed;

	private final Counter jobsCompleted;

	private final Counter jobsCompletedWithErrors;

	OnboardingMetrics(MeterRegistry meters) {
		this.jobProvisioned = tenants(meters, COUNTY_JOB, "provisioned");
		this.jobFailed = tenants(meters, COUNTY_JOB, "failed");
		this.singleProvisioned = tenants(meters, SINGLE, "provisioned");
		this.singleFailed = tenants(meters, SINGLE, "failed");
		this.jobsCompleted = jobs(meters, "completed");
		this.jobsCompletedWithErrors = jobs(meters, "completed_with_errors");
	}

	private static Counter tenants(MeterRegistry meters, String source, String outcome) {
		return Counter.builder("mosaik.onboarding.tenants")
			.description("Councils provisioned by onboarding, or failed to")
			.tag("source", source)
			.tag("outcome", outcome)
			.register(meters);
	}

	private static Counter jobs(MeterRegistry meters, String outcome) {
		return Counter.builder("mosaik.onboarding.jobs")
			.description("County onboarding jobs finished")
			.tag("outcome", outcome)
			.register(meters);
	}

	void provisioned(String source) {
		(COUNTY_JOB.equals(source) ? jobProvisioned : singleProvisioned).increment();
	}

	void failed(String source) {
		(COUNTY_JOB.equals(source) ? jobFailed : singleFailed).increment();
	}

	void jobFinished(boolean withErrors) {
		(withErrors ? jobsCompletedWithErrors : jobsCompleted).increment();
	}
}
