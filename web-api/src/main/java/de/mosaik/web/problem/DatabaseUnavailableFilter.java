package de.mosaik.web.problem;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outside every other filter but the request id and the metrics: a request that needed the database
 * and could not reach it answers 503 with {@code Retry-After}, wherever it failed (the tenant check
 * reads memberships before any controller runs; pages have no exception handler of their own). Its
 * transaction did not commit, so the client may repeat it. Anything else goes on to the 500 page as
 * before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final MessageSource texts;

	DatabaseUnavailableFilter(MessageSource texts) {
		this.texts = texts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!Unavailable.isDatabaseGone(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable, answered 503: {}", ex.getMessage());
			response.resetBuffer();
			Unavailable.DATABASE.answer(request, response, texts);
		}
	}
}
