package de.mosaik.web.ops;

import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test classpath only: a page and API endpoints that fail as they do when the database is gone (the
 * exception chain as Spring, Hibernate and the pool produce it), and one that fails as a bug's query
 * would, so that the shared application's answers can be checked without stopping its database.
 */
final class DatabaseAwayForTests {

	static final String PAGE = "/app/platform/test-database-away";

	static final String API = "/api/v1/platform/test-database-away";

	static final String API_OTHER_FAILURE = "/api/v1/platform/test-data-failure";

	private DatabaseAwayForTests() {
	}

	static RuntimeException databaseGone() {
		SQLTransientConnectionException pool = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 2000ms", "08001");
		return new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
				new JDBCConnectionException("Unable to acquire JDBC Connection", pool));
	}

	@Controller
	static class Page {

		@GetMapping(PAGE)
		String page() {
			throw databaseGone();
		}
	}

	@RestController
	static class Endpoints {

		@GetMapping(API)
		String away() {
			throw databaseGone();
		}

		@GetMapping(API_OTHER_FAILURE)
		String otherFailure() {
			throw new DataIntegrityViolationException("duplicate key value violates unique constraint");
		}
	}
}
