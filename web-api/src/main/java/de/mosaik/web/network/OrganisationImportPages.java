package de.mosaik.web.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import de.mosaik.core.network.ImportPreview;
import de.mosaik.core.network.ImportRejected;
import de.mosaik.core.network.OrganisationImport;

import org.springframework.security.access.prepost.PreAuthorize;
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
 * Importing organisations from a CSV file: upload, a preview of every row with its problems, and the
 * import, offered only when no row has one. The file's content travels with the preview form, so that
 * exactly what was checked is imported (and checked once more).
 */
@Controller
@RequestMapping("/app/{tenant}/network/import")
@PreAuthorize(Etags.WRITERS)
class OrganisationImportPages {

	private final OrganisationImport imports;

	private final ImportResults results;

	private final NetworkPageSupport support;

	OrganisationImportPages(OrganisationImport imports, ImportResults results, NetworkPageSupport support) {
		this.imports = imports;
		this.results = results;
		this.support = support;
	}

	@GetMapping
	String form(@PathVariable String tenant, Model model) {
		return page(tenant, null, null, null, model);
	}

	@PostMapping
	String preview(@PathVariable String tenant, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			return page(tenant, null, null, support.text(locale, "ui.network.import.noFile"), model);
		}
		String content = new String(file.getBytes(), StandardCharsets.UTF_8);
		try {
			return page(tenant, content, imports.preview(content), null, model);
		}
		catch (ImportRejected ex) {
			return page(tenant, null, null, support.text(locale, ex.messageKey()), model);
		}
	}

	@PostMapping("/commit")
	String commit(@PathVariable String tenant, @RequestParam(required = false) String content, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			ImportPreview imported = imports.commit(content == null ? "" : content);
			redirect.addFlashAttribute("flash", support.text(locale, "ui.network.import.done", imported.rows().size()));
			return "redirect:/app/" + tenant + "/network";
		}
		catch (ImportRejected ex) {
			return page(tenant, ex.preview() == null ? null : content, ex.preview(), support.text(locale, ex.messageKey()),
					model);
		}
	}

	private String page(String tenant, String content, ImportPreview preview, String problem, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("csv", content);
		model.addAttribute("preview", preview == null ? null : results.of(preview, 0, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		model.addAttribute("problem", problem);
		model.addAttribute("columns", OrganisationImport.COLUMNS);
		return "network/import";
	}
}
