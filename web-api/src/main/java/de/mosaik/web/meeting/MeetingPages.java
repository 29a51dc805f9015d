package de.mosaik.web.meeting;

import java.io.IOException;
import java.time.ZoneId;
import java.util.Locale;

import de.mosaik.core.shared.NotFoundException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** What the pages of bodies and meetings share: who reads and writes, the time zone, texts, confirmations. */
@Component
class MeetingPages {

	static final String READERS = "hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')";

	static final String WRITERS = "hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')";

	/** The councils are German: meetings take place in their time. */
	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final MessageSource messages;

	MeetingPages(MessageSource messages) {
		this.messages = messages;
	}

	static boolean canEdit(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_COUNTY_COORDINATOR")
					|| a.getAuthority().equals("ROLE_MUNICIPAL_OFFICER"));
	}

	String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** The shared confirmation page before deleting; {@code problem} is why the last attempt failed, or null. */
	static String confirmDelete(Model model, String tenant, String heading, String question, String action,
			String back, long version, String problem) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("heading", heading);
		model.addAttribute("question", question);
		model.addAttribute("action", action);
		model.addAttribute("back", back);
		model.addAttribute("version", version);
		model.addAttribute("problem", problem);
		return "concept/delete";
	}

	/** A body, meeting or item that is not there (or no longer) is the 404 page. */
	@ControllerAdvice(assignableTypes = { BodyPages.class, MemberPages.class, DecisionPages.class, MeetingViews.class, AgendaPages.class, OutcomePages.class, SeriesPages.class })
	static class NotFound {

		@ExceptionHandler(NotFoundException.class)
		void notFound(HttpServletResponse response) throws IOException {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
	}
}
