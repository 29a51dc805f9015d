package de.mosaik.admin.offboarding;

/** An offboarding step that cannot be done now; nothing was changed. */
public class OffboardingRefused extends RuntimeException {

	/** Why, with the HTTP status it maps to. */
	public enum Reason {
		NOT_ACTIVE(409), MEMBERS_REMAIN(409), ALREADY_REQUESTED(409), NOT_REQUESTED(409), CONFIRMATION_MISMATCH(400),
		NOT_CONFIRMED(409), WAITING_PERIOD(409);

		private final int status;

		Reason(int status) {
			this.status = status;
		}

		public int status() {
			return status;
		}
	}

	private final Reason reason;

	public OffboardingRefused(Reason reason, String ags) {
		super(reason + ": " + ags);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
