package de.mosaik.web.security;

import de.mosaik.admin.membership.MembershipService;
import de.mosaik.core.tenancy.CurrentTenant;
import de.mosaik.web.problem.Problems;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import jakarta.servlet.Filter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Two chains besides the built-in issuer's: the stateless API (bearer JWT) and the UI (session after an
 * authorization-code login). Both end in the {@link TenantAccessFilter}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
@EnableConfigurationProperties(MosaikProperties.class)
class WebSecurity {

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, MembershipService memberships, CurrentTenant currentTenant,
			ObjectProvider<ApiFilters> apiFilters, MessageSource texts) throws Exception {
		BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> {
			}).authenticationEntryPoint((request, response, ex) -> {
				bearer.commence(request, response, ex);
				Problems.write(response, 401, "unauthenticated", "Unauthorized",
						"A valid bearer token from the configured issuer is required.");
			}))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, ex) -> Problems
				.write(response, 403, "forbidden", "Forbidden", "Your role does not allow this.")))
			.addFilterAfter(new TenantAccessFilter(memberships, currentTenant, texts), AuthorizationFilter.class);
		Class<? extends Filter> previous = TenantAccessFilter.class;
		for (ApiFilters filters : apiFilters) {
			for (Filter filter : filters.inOrder()) {
				http.addFilterAfter(filter, previous);
				previous = filter.getClass();
			}
		}
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain uiChain(HttpSecurity http, MembershipService memberships, CurrentTenant currentTenant,
			ClientRegistrationRepository clients, MessageSource texts) throws Exception {
		OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(clients);
		logout.setPostLogoutRedirectUri("{baseUrl}/");
		http.authorizeHttpRequests(authorize -> authorize
			.requestMatchers("/", "/signin", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
					"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/actuator/health",
					"/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/webhooks/stripe")
			.permitAll()
			.anyRequest()
			.authenticated())
			.oauth2Login(login -> login.loginPage("/signin").defaultSuccessUrl("/app", false).failureUrl("/signin?error"))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/mosaik")))
			.logout(l -> l.logoutSuccessHandler(logout))
			// Stripe signs its webhooks; there is no session and no CSRF token
			.csrf(csrf -> csrf.ignoringRequestMatchers("/webhooks/stripe"))
			.addFilterAfter(new TenantAccessFilter(memberships, currentTenant, texts), AuthorizationFilter.class);
		return http.build();
	}
}
