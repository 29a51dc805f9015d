package de.mosaik.web.problem;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The two reasons to answer 503 with {@code Retry-After}: the database cannot be reached (a restart, a
 * failover, a lost network), or the council's schema is between two versions because its migration
 * failed. The API gets a problem; pages get the 503 page, which reads {@link #PAGE_ATTRIBUTE} to say
 * which of the two it is.
 */
public enum Unavailable {

	/** A PostgreSQL restart takes seconds: clients come back soon. */
	DATABASE("database-unavailable", "problem.databaseUnavailable", 5),

	/** Only an operator's rerun of the migration helps: clients come back in minutes, not seconds. */
	TENANT("tenant-unavailable", "problem.tenantUnavailable", 300);

	/** The request attribute that tells the 503 page the reason ({@code database} or {@code tenant}). */
	public static final String PAGE_ATTRIBUTE = "mosaikUnavailable";

	/** SQLSTATEs of a server going away: admin shutdown, crash shutdown, cannot connect now. */
	private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

	private static final String HIKARI_CLOSED = "Connection is closed";

	private final String type;

	private final String messages;

	private final int retryAfterSeconds;

	Unavailable(String type, String messages, int retryAfterSeconds) {
		this.type = type;
		this.messages = messages;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public int retryAfterSeconds() {
		return retryAfterSeconds;
	}

	/**
	 * Whether the exception (or one of its causes) says the database could not be reached or went away,
	 * as opposed to a query the database refused. Only these are 503: the same request works again once
	 * the database is back.
	 */
	public static boolean isDatabaseGone(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
			if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
					|| t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
					|| t instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || SERVER_GOING_AWAY.contains(sql.getSQLState()))) {
				return true;
			}
			// the pool's stand-in for a connection it evicted as broken (it carries no SQLSTATE): a statement
			// failed with 08006, and the rollback after it, failing here, replaced that exception
			if (t instanceof SQLException sql && sql.getSQLState() == null && HIKARI_CLOSED.equals(sql.getMessage())) {
				return true;
			}
		}
		return false;
	}

	/** The problem for the API, in the caller's language. */
	public ProblemDetail problem(MessageSource texts, Locale locale) {
		return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, type, title(texts, locale), detail(texts, locale));
	}

	/**
	 * Answers outside Spring MVC (from a filter): the API gets the problem, a page the 503 error page.
	 * Both carry {@code Retry-After}.
	 */
	public void answer(HttpServletRequest request, HttpServletResponse response, MessageSource texts)
			throws IOException {
		response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Locale locale = request.getLocale();
			Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE.value(), type, title(texts, locale),
					detail(texts, locale));
		}
		else {
			request.setAttribute(PAGE_ATTRIBUTE, name().toLowerCase(Locale.ROOT));
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

	private String title(MessageSource texts, Locale locale) {
		return texts.getMessage(messages + ".title", null, locale);
	}

	private String detail(MessageSource texts, Locale locale) {
		return texts.getMessage(messages + ".detail", null, locale);
	}
}
