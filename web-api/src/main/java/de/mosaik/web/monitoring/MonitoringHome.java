package de.mosaik.web.monitoring;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Where monitoring starts: values, catalogue, imports and, for a county, the view across its members. */
@Controller
@PreAuthorize(Roles.READERS)
class MonitoringHome {

	private final CountyViews county;

	MonitoringHome(CountyViews county) {
		this.county = county;
	}

	@GetMapping("/app/{tenant}/monitoring")
	String home(@PathVariable String tenant, Authentication authentication, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("county", county.isCounty(tenant) && MonitoringPageSupport.seesCounty(authentication));
		model.addAttribute("canEdit", MonitoringPageSupport.canEdit(authentication));
		return "monitoring/home";
	}
}
