package de.mosaik.web.protection;

import java.io.IOException;

import de.mosaik.web.problem.Problems;
import de.mosaik.web.security.TenantAuthentication;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Counts every API request of a signed-in person against their and their tenant's minute. */
public class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimits limits;

	public RateLimitFilter(RateLimits limits) {
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof TenantAuthentication caller) {
			RateLimits.Decision decision = limits.count(caller.actor(), caller.tenant().orElse(null));
			if (!decision.allowed()) {
				response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
				Problems.write(response, 429, "rate-limited", "Too Many Requests",
						"Too many requests in this minute; try again after the time in Retry-After.");
				return;
			}
		}
		chain.doFilter(request, response);
	}
}
