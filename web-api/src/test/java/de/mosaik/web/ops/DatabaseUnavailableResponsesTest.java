package de.mosaik.web.ops;

import java.util.Map;

import de.mosaik.core.tenancy.Role;
import de.mosaik.web.browser.Browser;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a lost database looks like when it is noticed inside a controller (the tenant check passed a
 * moment before): the API's problem and the page, in German and English, with {@code Retry-After}; and
 * that any other failed query stays the 500 of a bug. {@link DatabaseOutageTest} stops a real database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseUnavailableResponsesTest extends IntegrationTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	Browser browser;

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theApiAnswers503WithRetryAfterInTheCallersLanguageAndOtherDataFailuresStay500() {
		fixtures.grant("dbaway-operator", null, Role.PLATFORM_OPERATOR);
		Api operator = Api.as(new Tokens(encoder).forSubject("dbaway-operator"));

		Api.Response german = operator.send("GET", DatabaseAwayForTests.API, null, Map.of("Accept-Language", "de"));
		assertThat(german.status()).isEqualTo(503);
		assertThat(german.header("Retry-After")).isEqualTo("5");
		assertThat(german.header("Content-Type")).startsWith("application/problem+json");
		assertThat(german.json().get("type").asString()).isEqualTo("urn:mosaik:problem:database-unavailable");
		assertThat(german.json().get("title").asString()).isEqualTo("Vorübergehend nicht verfügbar");
		assertThat(german.json().get("detail").asString()).contains("nichts wurde gespeichert");

		Api.Response english = operator.send("GET", DatabaseAwayForTests.API, null, Map.of("Accept-Language", "en"));
		assertThat(english.status()).isEqualTo(503);
		assertThat(english.json().get("detail").asString()).contains("nothing was stored")
			.contains("same Idempotency-Key");

		Api.Response bug = operator.get(DatabaseAwayForTests.API_OTHER_FAILURE);
		assertThat(bug.status()).isEqualTo(500);
		assertThat(bug.header("Retry-After")).isNull();
	}

	@Test
	void thePageSaysTheDatabaseIsBrieflyAwayAndIsAccessible() {
		fixtures.grant(fixtures.person("dbaway-person"), null, Role.PLATFORM_OPERATOR);
		browser = Browser.start();
		browser.signInAs("dbaway-person").open(DatabaseAwayForTests.PAGE);
		assertThat(browser.text("h1")).isEqualTo("Mosaik ist kurz nicht erreichbar");
		assertThat(browser.title()).isEqualTo("Mosaik ist kurz nicht erreichbar – Mosaik");
		assertThat(browser.text("#error-text")).contains("Ihre letzte Eingabe wurde nicht gespeichert");
		assertThat(browser.attribute("#error-reload", "href")).endsWith(DatabaseAwayForTests.PAGE);
		assertThat(browser.driver().getPageSource()).doesNotContain("Exception").doesNotContain("HikariPool");
		browser.assertAccessible();

		browser.open(DatabaseAwayForTests.PAGE + "?lang=en");
		assertThat(browser.text("h1")).isEqualTo("Mosaik is briefly unavailable");
		assertThat(browser.text("#error-next")).isEqualTo("Please reload the page in a few seconds, and submit a form again.");
		browser.assertAccessible();
	}
}
