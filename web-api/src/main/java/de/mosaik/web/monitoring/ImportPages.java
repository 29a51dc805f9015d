package de.mosaik.web.monitoring;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.monitoring.ImportService;
import de.mosaik.core.monitoring.ImportStatus;
import de.mosaik.core.monitoring.Indicator;
import de.mosaik.core.monitoring.IndicatorService;
import de.mosaik.core.monitoring.PeriodType;
import de.mosaik.core.monitoring.Preview;
import de.mosaik.core.monitoring.StatisticsImport;
import de.mosaik.core.shared.InUseException;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.StaleVersionException;
import de.mosaik.web.ui.Sorting;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Imports of official statistics files: upload, the preview with what becomes of every number and a
 * mapping of the file's series to indicators, the import, and undo with a confirmation.
 */
@Controller
@RequestMapping("/app/{tenant}/monitoring/imports")
@PreAuthorize(Roles.READERS)
class ImportPages {

	static final int PAGE_SIZE = 20;

	static final int ROWS_PER_PAGE = 50;

	static final Set<String> SORTABLE = Set.of("createdAt", "fileName", "status");

	private final ImportService imports;

	private final IndicatorService indicators;

	private final ImportRows rows;

	private final MonitoringPageSupport support;

	ImportPages(ImportService imports, IndicatorService indicators, ImportRows rows, MonitoringPageSupport support) {
		this.imports = imports;
		this.indicators = indicators;
		this.rows = rows;
		this.support = support;
	}

	@GetMapping
	String list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) ImportStatus status, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		return list(tenant, q, status, sort, page, null, authentication, model);
	}

	private String list(String tenant, String q, ImportStatus status, String sort, int page, String uploadError,
			Authentication authentication, Model model) {
		Sorting sorting = sort == null ? new Sorting("createdAt", true) : Sorting.parse(sort, SORTABLE, "createdAt");
		String search = q == null || q.isBlank() ? null : q.strip();
		Page<StatisticsImport> result = imports.list(search, status,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, sorting.sort("id")));
		model.addAttribute("tenant", tenant);
		model.addAttribute("q", search);
		model.addAttribute("status", status);
		model.addAttribute("sorting", sorting);
		model.addAttribute("result", result);
		model.addAttribute("uploadError", uploadError);
		model.addAttribute("canEdit", MonitoringPageSupport.canEdit(authentication));
		return "monitoring/imports";
	}

	@PostMapping
	@PreAuthorize(Roles.WRITERS)
	String upload(@PathVariable String tenant, @RequestParam(required = false) MultipartFile file,
			Authentication authentication, Model model, RedirectAttributes redirect, Locale locale) throws IOException {
		try {
			byte[] content = file == null ? new byte[0] : file.getBytes();
			StatisticsImport created = imports.upload(file == null ? null : file.getOriginalFilename(), content,
					ImportsApi.actor(authentication));
			redirect.addFlashAttribute("flash", support.text(locale, "ui.mon.import.uploaded", created.getFileName()));
			return "redirect:/app/" + tenant + "/monitoring/imports/" + created.getId();
		}
		catch (InvalidInputException ex) {
			return list(tenant, null, null, null, 0, support.text(locale, ex.messageKey()), authentication, model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable String tenant, @PathVariable UUID id, @RequestParam(defaultValue = "ALL") ImportRows.Show show,
			@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		return show(tenant, imports.preview(id), show, page, null, authentication, model);
	}

	private String show(String tenant, Preview preview, ImportRows.Show show, int page, String problem,
			Authentication authentication, Model model) {
		List<Preview.Row> selected = ImportRows.filter(preview, show, null);
		List<Indicator> all = indicators.all();
		Map<UUID, Indicator> byId = new HashMap<>();
		all.forEach(i -> byId.put(i.getId(), i));
		model.addAttribute("tenant", tenant);
		model.addAttribute("preview", preview);
		model.addAttribute("statisticsImport", preview.statisticsImport());
		model.addAttribute("show", show);
		model.addAttribute("rows", ImportRows.page(selected, PageRequest.of(Math.max(page, 0), ROWS_PER_PAGE)));
		model.addAttribute("indicators", all);
		model.addAttribute("byId", byId);
		model.addAttribute("periodTypes", PeriodType.values());
		model.addAttribute("problem", problem);
		model.addAttribute("canEdit", MonitoringPageSupport.canEdit(authentication));
		return "monitoring/import";
	}

	@GetMapping(value = "/{id}/rows.csv", produces = "text/csv")
	ResponseEntity<byte[]> rowsCsv(@PathVariable String tenant, @PathVariable UUID id,
			@RequestParam(defaultValue = "ALL") ImportRows.Show show, Locale locale) {
		return rows.csv(ImportRows.filter(imports.preview(id), show, null), locale).download("import-" + id + ".csv");
	}

	/** The series come as {@code series.<n>} (their position in the preview) with an indicator id or empty. */
	@PostMapping("/{id}/mapping")
	@PreAuthorize(Roles.WRITERS)
	String map(@PathVariable String tenant, @PathVariable UUID id, @RequestParam Map<String, String> params,
			Authentication authentication, Model model, RedirectAttributes redirect, Locale locale) {
		Preview before = imports.preview(id);
		Map<String, UUID> mapping = new HashMap<>();
		for (int i = 0; i < before.series().size(); i++) {
			String chosen = params.get("series." + i);
			if (chosen != null && !chosen.isBlank()) {
				try {
					mapping.put(before.series().get(i).series(), UUID.fromString(chosen));
				}
				catch (IllegalArgumentException ex) {
					return show(tenant, before, ImportRows.Show.ALL, 0,
							support.text(locale, "import.mapping.unknownIndicator"), authentication, model);
				}
			}
		}
		try {
			PeriodType type = PeriodType.valueOf(params.getOrDefault("periodType", "YEAR"));
			imports.map(id, Long.parseLong(params.getOrDefault("version", "-1")), mapping, type);
		}
		catch (InvalidInputException | InUseException ex) {
			String key = ex instanceof InvalidInputException invalid ? invalid.messageKey() : ((InUseException) ex).messageKey();
			return show(tenant, before, ImportRows.Show.ALL, 0, support.text(locale, key), authentication, model);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException | IllegalArgumentException ex) {
			return show(tenant, imports.preview(id), ImportRows.Show.ALL, 0, support.text(locale, "ui.concept.stale"),
					authentication, model);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.mon.import.mapped"));
		return "redirect:/app/" + tenant + "/monitoring/imports/" + id;
	}

	@PostMapping("/{id}/commit")
	@PreAuthorize(Roles.WRITERS)
	String commit(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version,
			Authentication authentication, Model model, RedirectAttributes redirect, Locale locale) {
		try {
			StatisticsImport done = imports.commit(id, version);
			redirect.addFlashAttribute("flash", support.text(locale, "ui.mon.import.committed", done.getImportedValues(),
					done.getFileName()));
			return "redirect:/app/" + tenant + "/monitoring/imports/" + id;
		}
		catch (InvalidInputException ex) {
			return show(tenant, imports.preview(id), ImportRows.Show.ALL, 0, support.text(locale, ex.messageKey()),
					authentication, model);
		}
		catch (InUseException ex) {
			return show(tenant, imports.preview(id), ImportRows.Show.ALL, 0, support.text(locale, ex.messageKey()),
					authentication, model);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return show(tenant, imports.preview(id), ImportRows.Show.ALL, 0, support.text(locale, "ui.concept.stale"),
					authentication, model);
		}
	}

	@GetMapping("/{id}/undo")
	@PreAuthorize(Roles.WRITERS)
	String confirmUndo(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirmUndo(tenant, imports.get(id), null, model, locale);
	}

	@PostMapping("/{id}/undo")
	@PreAuthorize(Roles.WRITERS)
	String undo(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		StatisticsImport statisticsImport = imports.get(id);
		try {
			imports.undo(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirmUndo(tenant, statisticsImport, support.text(locale, "ui.concept.stale"), model, locale);
		}
		catch (InUseException ex) {
			return confirmUndo(tenant, statisticsImport, support.text(locale, ex.messageKey()), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.mon.import.undone", statisticsImport.getFileName()));
		return "redirect:/app/" + tenant + "/monitoring/imports/" + id;
	}

	@GetMapping("/{id}/discard")
	@PreAuthorize(Roles.WRITERS)
	String confirmDiscard(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirmDiscard(tenant, imports.get(id), null, model, locale);
	}

	@PostMapping("/{id}/discard")
	@PreAuthorize(Roles.WRITERS)
	String discard(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		StatisticsImport statisticsImport = imports.get(id);
		try {
			imports.discard(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirmDiscard(tenant, statisticsImport, support.text(locale, "ui.concept.stale"), model, locale);
		}
		catch (InUseException ex) {
			return confirmDiscard(tenant, statisticsImport, support.text(locale, ex.messageKey()), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.mon.import.discarded", statisticsImport.getFileName()));
		return "redirect:/app/" + tenant + "/monitoring/imports";
	}

	private String confirmUndo(String tenant, StatisticsImport i, String problem, Model model, Locale locale) {
		String base = "/app/" + tenant + "/monitoring/imports/" + i.getId();
		return MonitoringPageSupport.confirm(model, tenant, support.text(locale, "ui.mon.import.undo"),
				support.text(locale, "ui.mon.import.undoQuestion", i.getFileName(),
						i.getImportedValues() == null ? 0 : i.getImportedValues()),
				support.text(locale, "ui.mon.import.undoHint"), base + "/undo", base, i.getVersion(),
				support.text(locale, "ui.mon.import.undoConfirm"), problem);
	}

	private String confirmDiscard(String tenant, StatisticsImport i, String problem, Model model, Locale locale) {
		String base = "/app/" + tenant + "/monitoring/imports/" + i.getId();
		return MonitoringPageSupport.confirm(model, tenant, support.text(locale, "ui.mon.import.discard"),
				support.text(locale, "ui.mon.import.discardQuestion", i.getFileName()),
				support.text(locale, "ui.mon.import.discardHint"), base + "/discard", base, i.getVersion(),
				support.text(locale, "ui.mon.import.discardConfirm"), problem);
	}
}
