package de.mosaik.web.concept;

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

/** What the concept's pages share: who may edit, texts, the generic delete confirmation. */
@Component
class PageSupport {

	static final String WRITERS = "hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')";

	private final MessageSource messages;

	PageSupport(MessageSource messages) {
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

	/**
	 * The confirmation page before deleting: a question, the record's version, where to go back to;
	 * {@code problem} is why the last attempt failed (changed meanwhile, still in use), or null.
	 */
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

	/** A record of the concept that is not there (or no longer) is the 404 page. */
	@ControllerAdvice(assignableTypes = { FieldOfActionPages.class, ConceptPages.class, GoalPages.class,
			MassnahmePages.class, MilestonePages.class, EvaluationPages.class })
	static class NotFound {

		@ExceptionHandler(NotFoundException.class)
		void notFound(HttpServletResponse response) throws IOException {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
	}
}
