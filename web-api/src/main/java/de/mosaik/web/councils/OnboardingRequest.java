package de.mosaik.web.councils;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The official key of the council (or county) to onboard. */
record OnboardingRequest(
		@NotBlank(message = "{onboarding.ags.required}") @Pattern(regexp = "\\d{5}|\\d{8}", message = "{onboarding.ags.format}") String ags) {
}
