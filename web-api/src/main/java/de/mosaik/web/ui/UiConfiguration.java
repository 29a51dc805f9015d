package de.mosaik.web.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages speak German unless the person chose English with {@code ?lang=en} (kept in the cookie
 * {@value #COOKIE}). The API keeps answering in the language of {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class UiConfiguration implements WebMvcConfigurer {

	static final String COOKIE = "mosaik-lang";

	static final Set<String> LANGUAGES = Set.of("de", "en");

	@Bean
	LocaleResolver localeResolver() {
		return new PageLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch());
		registry.addInterceptor(new LayoutModel());
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	/** Only the languages the pages are written in; anything else is German. */
	static Locale supported(Locale locale) {
		return locale != null && LANGUAGES.contains(locale.getLanguage()) ? Locale.forLanguageTag(locale.getLanguage()) : null;
	}

	/** Cookie first, then German; API requests go by {@code Accept-Language} as before. */
	static final class PageLocaleResolver extends CookieLocaleResolver {

		PageLocaleResolver() {
			super(COOKIE);
			setCookieMaxAge(Duration.ofDays(365));
			setCookieHttpOnly(true);
			setCookieSameSite("Lax");
			setDefaultLocaleFunction(request -> Locale.GERMAN);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return isApi(request) ? request.getLocale() : super.resolveLocale(request);
		}

		@Override
		public LocaleContext resolveLocaleContext(HttpServletRequest request) {
			if (isApi(request)) {
				return request::getLocale;
			}
			return super.resolveLocaleContext(request);
		}

		@Override
		protected Locale parseLocaleValue(String value) {
			return supported(super.parseLocaleValue(value));
		}
	}

	/** {@code ?lang=de|en} on any page; other values are ignored. */
	static final class LanguageSwitch extends LocaleChangeInterceptor {

		LanguageSwitch() {
			setParamName("lang");
			setIgnoreInvalidLocale(true);
		}

		@Override
		protected Locale parseLocaleValue(String value) {
			Locale locale = supported(super.parseLocaleValue(value));
			if (locale == null) {
				throw new IllegalArgumentException("Unsupported language: " + value);
			}
			return locale;
		}
	}
}
