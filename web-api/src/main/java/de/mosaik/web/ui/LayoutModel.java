package de.mosaik.web.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.mosaik.admin.membership.Access;
import de.mosaik.web.security.Identities;
import de.mosaik.web.security.TenantAccessFilter;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds {@code layout} to the model of every page, error pages included: who is signed in, the tenants
 * they may switch between, the tenant of the URL and the path for the language switch; and
 * {@code zone}, the time zone to show times in.
 */
class LayoutModel implements HandlerInterceptor {

	/** The councils are German: times are shown as they are there. */
	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final Pattern LOCAL_PATH = Pattern.compile("^/(?![/\\\\])[-A-Za-z0-9._~%/]*$");

	private static final Pattern TENANT_PAGE = Pattern.compile("^/app/([0-9]{5}|[0-9]{8})(?:/.*)?$");

	/**
	 * What the layout shows.
	 *
	 * @param displayName the signed-in person's name, null when nobody is signed in
	 * @param tenants the councils the person may work in
	 * @param tenant the council of the page, null outside tenant pages
	 * @param operator whether the person runs the platform
	 * @param operatorPage whether this is one of the operator's pages (with the register's source in the footer)
	 * @param path the page's path, for the language switch
	 */
	public record Layout(String displayName, List<Access.TenantRoles> tenants, Access.TenantRoles tenant,
			boolean operator, boolean operatorPage, String path) {

		public boolean signedIn() {
			return displayName != null;
		}

		public boolean switcher() {
			return tenants.size() > 1;
		}
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView mav) {
		if (mav == null || !mav.isReference() || mav.getViewName() == null
				|| mav.getViewName().startsWith("redirect:") || mav.getViewName().startsWith("forward:")) {
			return;
		}
		mav.addObject("layout", layout(request));
		mav.addObject("zone", ZONE);
	}

	static Layout layout(HttpServletRequest request) {
		String path = path(request);
		boolean operatorPage = path.startsWith("/app/platform");
		if (!(request.getAttribute(TenantAccessFilter.ACCESS_ATTRIBUTE) instanceof Access access)) {
			return new Layout(null, List.of(), null, false, operatorPage, path);
		}
		Matcher tenantPage = TENANT_PAGE.matcher(path);
		Access.TenantRoles tenant = tenantPage.matches() ? access.in(tenantPage.group(1)).orElse(null) : null;
		String name = Identities.displayName(SecurityContextHolder.getContext().getAuthentication());
		return new Layout(name, access.tenants(), tenant, access.isOperator(), operatorPage && access.isOperator(), path);
	}

	/**
	 * The path the person asked for, also on error pages; only a plain local path, so that a crafted
	 * address (an error page for {@code //elsewhere.example}) cannot turn the language links into
	 * links to another site.
	 */
	static String path(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = original instanceof String s ? s : request.getRequestURI();
		String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
		return LOCAL_PATH.matcher(path).matches() ? path : "/";
	}
}
