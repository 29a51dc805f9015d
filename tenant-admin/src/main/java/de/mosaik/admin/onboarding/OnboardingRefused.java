package de.mosaik.admin.onboarding;

/** Onboarding was refused before anything was created; {@code reason} says why. */
public class OnboardingRefused extends RuntimeException {

	/** Why, with the HTTP status the refusal maps to. */
	public enum Reason {
		MALFORMED_KEY(400), UNKNOWN_KEY(422), WRONG_KIND(422), COUNTY_NOT_ONBOARDED(409), ALREADY_ONBOARDED(409);

		private final int status;

		Reason(int status) {
			this.status = status;
		}

		public int status() {
			return status;
		}
	}

	private final Reason reason;

	private final String ags;

	public OnboardingRefused(Reason reason, String ags) {
		super(reason + ": " + ags);
		this.reason = reason;
		this.ags = ags;
	}

	public Reason reason() {
		return reason;
	}

	public String ags() {
		return ags;
	}
}
