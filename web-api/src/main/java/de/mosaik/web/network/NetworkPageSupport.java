package de.mosaik.web.network;

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

/** What the network's pages share: who may edit or decide, texts, the delete confirmation. */
@Component
class NetworkPageSupport {

	static final int PAGE_SIZE = 20;

	private final MessageSource messages;

	NetworkPageSupport(MessageSource messages) {
		this.messages = messages;
	}

	static boolean canEdit(Authentication authentication) {
		return has(authentication, "ROLE_COUNTY_COORDINATOR") || has(authentication, "ROLE_MUNICIPAL_OFFICER");
	}

	static boolean isCoordinator(Authentication authentication) {
		return has(authentication, "ROLE_COUNTY_COORDINATOR");
	}

	private static boolean has(Authentication authentication, String authority) {
		return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
	}

	static boolean isCounty(String tenant) {
		return tenant.length() == 5;
	}

	String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** The shared confirmation page before deleting (the concept's template, which is generic). */
	static String confirmDelete(Model model, String tenant, String heading, String question, String action, String back,
			long version, String problem) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("heading", heading);
		model.addAttribute("question", question);
		model.addAttribute("action", action);
		model.addAttribute("back", back);
		model.addAttribute("version", version);
		model.addAttribute("problem", problem);
		return "concept/delete";
	}

	/** A record of the network that is not there (or not this council's) is the 404 page. */
	@ControllerAdvice(assignableTypes = { DirectoryPages.class, OrganisationPages.class, ContactPages.class,
			OfferPages.class, ProposalPages.class, ProposalDecisionPages.class, WorkingGroupPages.class, TypePages.class,
			OrganisationImportPages.class })
	static class NotFound {

		@ExceptionHandler(NotFoundException.class)
		void notFound(HttpServletResponse response) throws IOException {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
	}
}
