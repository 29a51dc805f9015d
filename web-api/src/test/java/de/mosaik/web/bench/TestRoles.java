package de.mosaik.web.bench;

import de.mosaik.infra.testing.TestDatabase;

/** Roles a benchmark creates carry this run's prefix, so that the test database's cleanup drops them. */
final class TestRoles {

	private TestRoles() {
	}

	static String prefixed(String name) {
		return TestDatabase.get().rolePrefix() + name;
	}
}
