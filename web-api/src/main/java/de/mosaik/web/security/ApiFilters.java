package de.mosaik.web.security;

import java.util.List;

import jakarta.servlet.Filter;

/**
 * Filters other features put into the API chain, behind the tenant check, in this order: they see
 * the request's {@link TenantAuthentication} and current tenant.
 */
public interface ApiFilters {

	List<Filter> inOrder();
}
