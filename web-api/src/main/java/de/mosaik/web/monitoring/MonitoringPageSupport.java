package de.mosaik.web.monitoring;

import java.io.IOException;
import java.util.Locale;

import de.mosaik.core.shared.NotFoundException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** What monitoring's pages share: who may edit, texts, the confirmation before something goes. */
@Component
class MonitoringPageSupport {

	private final MessageSource messages;

	MonitoringPageSupport(MessageSource messages) {
		this.messages = messages;
	}

	static boolean canEdit(Authentication authentication) {
		return has(authentication, "ROLE_COUNTY_COORDINATOR") || has(authentication, "ROLE_MUNICIPAL_OFFICER");
	}

	static boolean seesCounty(Authentication authentication) {
		return has(authentication, "ROLE_COUNTY_COORDINATOR") || has(authentication, "ROLE_VIEWER");
	}

	private static boolean has(Authentication authentication, String authority) {
		return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
	}

	String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/**
	 * The page that asks before something goes or is undone; {@code problem} says why the last attempt
	 * failed, or is null.
	 */
	static String confirm(Model model, String tenant, String heading, String question, String hint, String action,
			String back, long version, String button, String problem) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("heading", heading);
		model.addAttribute("question", question);
		model.addAttribute("hint", hint);
		model.addAttribute("action", action);
		model.addAttribute("back", back);
		model.addAttribute("version", version);
		model.addAttribute("button", button);
		model.addAttribute("problem", problem);
		return "monitoring/confirm";
	}

	/** A record of monitoring that is not there (or a county view of a council that is no county) is the 404 page. */
	@ControllerAdvice(assignableTypes = { MonitoringHome.class, IndicatorPages.class, ValuePages.class, ImportPages.class, CountyPages.class })
	static class NotFound {

		@ExceptionHandler(NotFoundException.class)
		void notFound(HttpServletResponse response) throws IOException {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
	}
}
