package de.mosaik.web.home;

import java.util.Arrays;
import java.util.List;

import de.mosaik.admin.membership.Access;
import de.mosaik.admin.register.CouncilKind;
import de.mosaik.core.task.TaskService;
import de.mosaik.core.tenancy.Role;
import de.mosaik.web.security.TenantAuthentication;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/** The public start page, the sign-in page, and where a signed-in person starts: their council(s). */
@Controller
class HomePages {

	/** How many overdue tasks the home page of a council shows at most. */
	static final int OVERDUE_SHOWN = 10;

	private final TaskService tasks;

	HomePages(TaskService tasks) {
		this.tasks = tasks;
	}

	/** A council the person may work in, with their roles there in a fixed order. */
	record TenantCard(String ags, String name, CouncilKind kind, List<Role> roles) {

		static TenantCard of(Access.TenantRoles t) {
			return new TenantCard(t.ags(), t.name(), t.kind(),
					Arrays.stream(Role.values()).filter(t.roles()::contains).toList());
		}
	}

	@GetMapping("/")
	String landing(Authentication authentication) {
		if (authentication instanceof TenantAuthentication) {
			return "redirect:/app";
		}
		return "home/landing";
	}

	@GetMapping("/signin")
	String signin(Authentication authentication, @RequestParam(required = false) String error, Model model) {
		if (authentication instanceof TenantAuthentication && error == null) {
			return "redirect:/app";
		}
		model.addAttribute("failed", error != null);
		return "home/signin";
	}

	/**
	 * Operators go to their council list, a person with one council to it; several councils: a choice;
	 * none: why there is nothing yet. {@code ?tenant=} is the header's council switch.
	 */
	@GetMapping("/app")
	String start(Authentication authentication, @RequestParam(required = false) String tenant, Model model) {
		Access access = ((TenantAuthentication) authentication).access();
		if (tenant != null && access.in(tenant).isPresent()) {
			return "redirect:/app/" + tenant;
		}
		if (access.isOperator()) {
			return "redirect:/app/platform/councils";
		}
		if (access.tenants().size() == 1) {
			return "redirect:/app/" + access.tenants().get(0).ags();
		}
		model.addAttribute("tenants", access.tenants().stream().map(TenantCard::of).toList());
		return "home/choose";
	}

	@GetMapping("/app/{tenant}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
	String tenantHome(@PathVariable String tenant, Authentication authentication, Model model) {
		Access access = ((TenantAuthentication) authentication).access();
		TenantCard card = access.in(tenant)
			.map(TenantCard::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("council", card);
		model.addAttribute("canEdit",
				card.roles().contains(Role.COUNTY_COORDINATOR) || card.roles().contains(Role.MUNICIPAL_OFFICER));
		model.addAttribute("overdue", tasks.overdue(OVERDUE_SHOWN));
		model.addAttribute("today", tasks.today());
		return "home/tenant";
	}
}
