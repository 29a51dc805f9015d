package de.mosaik.web.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no external issuer is configured: the built-in authorization server runs. */
class BuiltInIssuer implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String issuer = context.getEnvironment().getProperty("mosaik.oidc.issuer-uri");
		return issuer == null || issuer.isBlank();
	}

	/** The opposite. */
	static class External implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !new BuiltInIssuer().matches(context, metadata);
		}
	}
}
