package de.mosaik.web.network;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.network.DecisionService;
import de.mosaik.core.network.DirectoryEntry;
import de.mosaik.core.network.DirectoryFilter;
import de.mosaik.core.network.DirectoryService;
import de.mosaik.core.network.Languages;
import de.mosaik.core.network.OrganisationTypeService;
import de.mosaik.core.network.Source;
import de.mosaik.web.ui.Sorting;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The directory page: search and filter own and county entries; a county entry; the exports. */
@Controller
@RequestMapping("/app/{tenant}/network")
@PreAuthorize(Etags.READERS)
class DirectoryPages {

	static final Set<String> SORTABLE = Set.of("name", "type", "city", "source", "updatedAt");

	private final DirectoryService directory;

	private final OrganisationTypeService types;

	private final DecisionService decisions;

	private final NetworkLabels labels;

	DirectoryPages(DirectoryService directory, OrganisationTypeService types, DecisionService decisions,
			NetworkLabels labels) {
		this.directory = directory;
		this.types = types;
		this.decisions = decisions;
		this.labels = labels;
	}

	@GetMapping
	String list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) String type, @RequestParam(required = false) String language,
			@RequestParam(required = false) String area, @RequestParam(required = false) String source,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
			Authentication authentication, Model model, Locale locale) {
		boolean county = NetworkPageSupport.isCounty(tenant);
		boolean hasCounty = !county && directory.hasCountyDirectory();
		Sorting sorting = Sorting.parse(sort, SORTABLE, "name");
		Source from = "own".equals(source) ? Source.OWN : "county".equals(source) ? Source.COUNTY : null;
		Boolean shared = county && "shared".equals(source) ? Boolean.TRUE : county && "unshared".equals(source) ? Boolean.FALSE : null;
		DirectoryFilter filter = new DirectoryFilter(blank(q), blank(type), blank(language), blank(area),
				county ? Source.OWN : from, shared);
		Page<DirectoryEntry> result = directory.search(filter,
				PageRequest.of(Math.max(page, 0), NetworkPageSupport.PAGE_SIZE, sorting.sort("name")));
		model.addAttribute("tenant", tenant);
		model.addAttribute("county", county);
		model.addAttribute("hasCounty", hasCounty);
		model.addAttribute("q", blank(q));
		model.addAttribute("type", blank(type));
		model.addAttribute("language", blank(language));
		model.addAttribute("area", blank(area));
		model.addAttribute("source", blank(source));
		model.addAttribute("sorting", sorting);
		model.addAttribute("result", result);
		model.addAttribute("typeChoices", typeChoices(hasCounty));
		model.addAttribute("areaChoices", labels.areaChoices(tenant));
		model.addAttribute("languageChoices", languageChoices(locale));
		model.addAttribute("canEdit", NetworkPageSupport.canEdit(authentication));
		model.addAttribute("coordinator", county && NetworkPageSupport.isCoordinator(authentication));
		model.addAttribute("openProposals", county && NetworkPageSupport.isCoordinator(authentication)
				? decisions.open(PageRequest.of(0, 1)).getTotalElements() : 0);
		return "network/directory";
	}

	/** The languages in use by tag, named in the page's language and sorted by name. */
	private Map<String, String> languageChoices(Locale locale) {
		Map<String, String> choices = new LinkedHashMap<>();
		directory.languagesInUse()
			.stream()
			.sorted(Comparator.comparing(tag -> Languages.displayName(tag, locale)))
			.forEach(tag -> choices.put(tag, Languages.displayName(tag, locale)));
		return choices;
	}

	/** Own and county types by code, own names first. */
	private Map<String, String> typeChoices(boolean hasCounty) {
		Map<String, String> choices = new LinkedHashMap<>();
		types.list().forEach(t -> choices.put(t.getCode(), t.getName()));
		if (hasCounty) {
			directory.countyTypes().forEach(t -> choices.putIfAbsent(t.code(), t.name()));
		}
		return choices;
	}

	@GetMapping("/county/{id}")
	String countyOrganisation(@PathVariable String tenant, @PathVariable UUID id, Authentication authentication,
			Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("organisation", directory.countyOrganisation(id));
		model.addAttribute("canEdit", NetworkPageSupport.canEdit(authentication));
		return "network/county-organisation";
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@PathVariable String tenant) {
		return DirectoryExports.csvResponse(tenant, directory.export());
	}

	@GetMapping("/export.vcf")
	ResponseEntity<byte[]> vcard(@PathVariable String tenant) {
		return DirectoryExports.vcardResponse(tenant, directory.export());
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
