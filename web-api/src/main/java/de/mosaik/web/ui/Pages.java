package de.mosaik.web.ui;

import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;

/** What the feature pages share: who may change things, the list page past the end, the delete confirmation. */
public final class Pages {

	/** The roles that change a council's records; everybody else with a role there reads. */
	public static final String WRITERS = "hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')";

	private Pages() {
	}

	public static boolean canEdit(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_COUNTY_COORDINATOR")
					|| a.getAuthority().equals("ROLE_MUNICIPAL_OFFICER"));
	}

	/** The page asked for, or the last one when the list got shorter meanwhile. */
	public static <T> Page<T> page(int page, int size, Sort sort, Function<Pageable, Page<T>> query) {
		Page<T> result = query.apply(PageRequest.of(Math.max(page, 0), size, sort));
		if (result.isEmpty() && result.getNumber() > 0 && result.getTotalPages() > 0) {
			result = query.apply(PageRequest.of(result.getTotalPages() - 1, size, sort));
		}
		return result;
	}

	/**
	 * The confirmation page before deleting (the concept's template): a question, the record's version,
	 * where to go back to; {@code problem} is why the last attempt failed, or null.
	 */
	public static String confirmDelete(Model model, String tenant, String heading, String question, String action,
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
}
