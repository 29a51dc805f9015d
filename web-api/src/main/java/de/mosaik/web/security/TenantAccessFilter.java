package de.mosaik.web.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.mosaik.admin.membership.Access;
import de.mosaik.admin.membership.Identity;
import de.mosaik.admin.membership.MembershipService;
import de.mosaik.core.tenancy.CurrentTenant;
import de.mosaik.core.tenancy.Role;
import de.mosaik.core.tenancy.TenantKey;
import de.mosaik.web.problem.Problems;
import de.mosaik.web.problem.Unavailable;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place where a request gets its tenant. The tenant comes from the URL
 * ({@code /api/v1/tenants/{ags}/…}, {@code /app/{ags}/…}) and must be one where the caller holds a
 * role; otherwise the answer is exactly that of a missing resource (404), before anything is read.
 * The request then runs with the roles held there and with that tenant as the current tenant.
 */
public class TenantAccessFilter extends OncePerRequestFilter {

	public static final String ACCESS_ATTRIBUTE = TenantAccessFilter.class.getName() + ".access";

	private static final Pattern TENANT_URL = Pattern.compile("^/(?:api/v1/tenants|app)/([^/]+)(?:/.*)?$");

	private static final Set<String> NON_TENANT_APP_SEGMENTS = Set.of("platform");

	/** Styles and scripts need no memberships (and must load while the database is away, for the 503 page). */
	private static final Pattern STATIC = Pattern.compile("^/(?:css|js|webjars)/.*|^/favicon\\.ico$");

	private final MembershipService memberships;

	private final CurrentTenant currentTenant;

	private final MessageSource texts;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	public TenantAccessFilter(MembershipService memberships, CurrentTenant currentTenant, MessageSource texts) {
		this.memberships = memberships;
		this.currentTenant = currentTenant;
		this.texts = texts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return STATIC.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = contexts.getContext().getAuthentication();
		Optional<Identity> identity = Identities.of(signedIn);
		if (identity.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		Access access = memberships.accessOf(identity.get());
		request.setAttribute(ACCESS_ATTRIBUTE, access);
		Optional<String> tenantSegment = tenantSegment(request);
		if (tenantSegment.isEmpty()) {
			runAs(new TenantAuthentication(signedIn, access, null, authorities(access.platformRoles())), request,
					response, chain);
			return;
		}
		String ags = tenantSegment.get();
		Optional<Access.TenantRoles> roles = TenantKey.isWellFormed(ags) ? access.in(ags) : Optional.empty();
		if (roles.isEmpty()) {
			notFound(request, response);
			return;
		}
		if (roles.get().unavailable()) {
			Unavailable.TENANT.answer(request, response, texts);
			return;
		}
		if (roles.get().suspended() && !isRead(request)) {
			suspended(request, response);
			return;
		}
		MDC.put("tenant", ags);
		try {
			currentTenant.runAs(new TenantKey(ags), () -> runAs(
					new TenantAuthentication(signedIn, access, ags, authorities(roles.get().roles())), request,
					response, chain));
		}
		finally {
			MDC.remove("tenant");
		}
	}

	private void runAs(TenantAuthentication authentication, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) {
		SecurityContext previous = contexts.getContext();
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(authentication);
		contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException ex) {
			throw new FilterFailure(ex);
		}
		finally {
			contexts.setContext(previous);
		}
	}

	private static List<GrantedAuthority> authorities(Set<Role> roles) {
		return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
	}

	static Optional<String> tenantSegment(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher matcher = TENANT_URL.matcher(path);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String segment = matcher.group(1);
		if (path.startsWith("/app/") && NON_TENANT_APP_SEGMENTS.contains(segment)) {
			return Optional.empty();
		}
		return Optional.of(segment);
	}

	private static boolean isRead(HttpServletRequest request) {
		return Set.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
	}

	/** A suspended council keeps reading and exporting; every change is refused, before anything runs. */
	private static void suspended(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Problems.write(response, 423, "tenant-suspended", "Council suspended",
					"This council's access is suspended: its data can be read and exported, but not changed. "
							+ "Please contact the platform operator.");
		}
		else {
			response.sendError(423);
		}
	}

	private static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Problems.writeNotFound(response);
		}
		else {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
	}

	@Override
	public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response,
			FilterChain chain) throws IOException, ServletException {
		try {
			super.doFilter(request, response, chain);
		}
		catch (FilterFailure failure) {
			if (failure.getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) failure.getCause();
		}
	}

	/** Carries a checked exception out of the tenant's unit of work. */
	private static final class FilterFailure extends RuntimeException {

		FilterFailure(Exception cause) {
			super(cause);
		}
	}
}
