package de.mosaik.web.browser;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Test classpath only: a page that fails the way a bug would, so that the browser tests can see the
 * 500 page (which must show no stack trace).
 */
@Controller
class FailingPageForTests {

	static final String PATH = "/app/platform/test-failure";

	static final String SECRET = "internal detail that must not reach the page";

	@GetMapping(PATH)
	String fail() {
		throw new IllegalStateException(SECRET);
	}
}
