package de.mosaik.web.security;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in form of the built-in issuer (default run only): it posts to {@code /login}, which the
 * authorization server's chain handles, and lists the demo accounts.
 */
@Controller
@Conditional(BuiltInIssuer.class)
class LoginPages {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, Model model) {
		model.addAttribute("failed", error != null);
		model.addAttribute("accounts", DemoAccounts.ALL);
		model.addAttribute("password", DemoAccounts.PASSWORD);
		return "security/login";
	}
}
