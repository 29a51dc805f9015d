package de.mosaik.core.tenancy;

import java.util.regex.Pattern;

/**
 * The official key (AGS) of a council that is a tenant: the 5-digit Kreisschlüssel of a county or the
 * 8-digit Gemeindeschlüssel of a municipality or kreisfreie Stadt. Only digits, so that it is safe to
 * build schema and role names from it.
 */
public record TenantKey(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{5}|\\d{8}");

	public TenantKey {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("A tenant key is the 5-digit county key or the 8-digit municipality key");
		}
	}

	public static boolean isWellFormed(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	/** The tenant's own schema, e.g. {@code t_03159016}. */
	public String schemaName() {
		return "t_" + value;
	}

	/** The tenant's own database role, with a deployment-wide prefix (roles are cluster-wide in PostgreSQL). */
	public String roleName(String rolePrefix) {
		return rolePrefix + "t_" + value;
	}

	@Override
	public String toString() {
		return value;
	}
}
