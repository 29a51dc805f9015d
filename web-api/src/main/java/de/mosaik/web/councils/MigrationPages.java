package de.mosaik.web.councils;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import de.mosaik.admin.migration.MigrationService;
import de.mosaik.admin.tenant.MigrationState;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.web.security.TenantAuthentication;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Operators: where the tenants stand against the tenant changelog, the latest runs, and a new run. */
@Controller
@RequestMapping("/app/platform/migrations")
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class MigrationPages {

	static final int FAILED_SHOWN = 50;

	private static final Logger log = LoggerFactory.getLogger(MigrationPages.class);

	private final MigrationService migrations;

	private final Tenants tenants;

	private final TaskExecutor executor;

	private final MessageSource messages;

	MigrationPages(MigrationService migrations, Tenants tenants, TaskExecutor executor, MessageSource messages) {
		this.migrations = migrations;
		this.tenants = tenants;
		this.executor = executor;
		this.messages = messages;
	}

	@GetMapping
	String overview(Model model) {
		Map<MigrationState, Long> counts = new LinkedHashMap<>();
		for (MigrationState state : MigrationState.values()) {
			counts.put(state, migrations.countIn(state));
		}
		model.addAttribute("targetVersion", migrations.targetVersion());
		model.addAttribute("running", migrations.isRunningAnywhere());
		model.addAttribute("counts", counts);
		model.addAttribute("runs", migrations.recentRuns());
		model.addAttribute("failed", tenants.search(null, null, null, MigrationState.FAILED,
				PageRequest.of(0, FAILED_SHOWN, Sort.by("ags"))));
		return "councils/migrations";
	}

	/** Starts a run in the background after the operator ticked the confirmation. */
	@PostMapping
	String run(@RequestParam(defaultValue = "false") boolean confirm, Authentication authentication, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (!confirm) {
			model.addAttribute("confirmMissing", true);
			return overview(model);
		}
		if (migrations.isRunningAnywhere()) {
			redirect.addFlashAttribute("flash", messages.getMessage("ui.migrations.alreadyRunning", null, locale));
			return "redirect:/app/platform/migrations";
		}
		String actor = ((TenantAuthentication) authentication).actor();
		executor.execute(() -> {
			try {
				migrations.runAll(actor);
			}
			catch (MigrationService.MigrationAlreadyRunning ex) {
				log.info("Migration run asked for by {} while one is going", actor);
			}
		});
		redirect.addFlashAttribute("flash", messages.getMessage("ui.migrations.startedFlash", null, locale));
		return "redirect:/app/platform/migrations";
	}
}
