package de.mosaik.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import de.mosaik.web.support.IntegrationTest;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium (the system's, driven by the system's chromedriver) for one test class: sign
 * in as a demo user through the real sign-in form, read the page as a person would, and check it with
 * axe-core for WCAG 2.1 AA. Without Chromium or axe-core the tests are skipped, unless
 * {@code MOSAIK_REQUIRE_BROWSER=true} (as on CI), when they fail.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** axe-core as {@code npm ci} in {@code src/test/browser} installs it. */
	static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final WebDriver driver;

	private final Path profile;

	private final String axe;

	private Browser(WebDriver driver, Path profile, String axe) {
		this.driver = driver;
		this.profile = profile;
		this.axe = axe;
	}

	/** Starts Chromium, or skips (fails where the environment requires browser tests) if it cannot. */
	public static Browser start() {
		List<String> missing = new ArrayList<>();
		Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).forEach(p -> missing.add(p.toString()));
		Path axeFile = axeFile();
		if (!Files.isRegularFile(axeFile)) {
			missing.add(axeFile + " (run npm ci in web-api/src/test/browser)");
		}
		if (!missing.isEmpty()) {
			String message = "Browser tests need " + String.join(", ", missing);
			if ("true".equalsIgnoreCase(System.getenv("MOSAIK_REQUIRE_BROWSER"))) {
				throw new AssertionError(message + " (MOSAIK_REQUIRE_BROWSER=true)");
			}
			Assumptions.abort(message);
		}
		try {
			// never let Selenium Manager look for (or download) a driver or browser
			System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
			Path profile = Files.createTempDirectory("mosaik-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toString());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--disable-quic", "--disable-extensions", "--window-size=1280,1000",
					"--lang=de-DE", "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			WebDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
			return new Browser(driver, profile, Files.readString(axeFile, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path axeFile() {
		if (Files.isRegularFile(AXE)) {
			return AXE;
		}
		// run from the repository root instead of the module
		return Path.of("web-api").resolve(AXE);
	}

	public WebDriver driver() {
		return driver;
	}

	/** Opens a path of the application. */
	public Browser open(String path) {
		driver.get(IntegrationTest.BASE_URL + path);
		return this;
	}

	/** Forgets every session: the application's and the issuer's. */
	public Browser signOut() {
		if (!driver.getCurrentUrl().startsWith(IntegrationTest.BASE_URL)) {
			open("/css/mosaik.css");
		}
		driver.manage().deleteAllCookies();
		return this;
	}

	/** Signs in through the built-in issuer's form as a demo user (password "demo"), ending on the start page. */
	public Browser signInAs(String username) {
		signOut();
		open("/app");
		waitUntil(d -> d.getCurrentUrl().contains("/login"));
		type("#username", username);
		type("#password", "demo");
		click("#login-submit");
		waitUntil(d -> path().startsWith("/app"));
		return this;
	}

	public String path() {
		String url = driver.getCurrentUrl();
		return url.startsWith(IntegrationTest.BASE_URL) ? url.substring(IntegrationTest.BASE_URL.length()) : url;
	}

	/** The path without the query, e.g. without the {@code ?continue} that a sign-in leaves. */
	public String pathOnly() {
		String path = path();
		int query = path.indexOf('?');
		return query < 0 ? path : path.substring(0, query);
	}

	public String title() {
		return driver.getTitle();
	}

	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	public boolean has(String css) {
		return !all(css).isEmpty();
	}

	public String text(String css) {
		return find(css).getText();
	}

	public List<String> texts(String css) {
		return all(css).stream().map(WebElement::getText).toList();
	}

	public String attribute(String css, String name) {
		return find(css).getAttribute(name);
	}

	public Browser type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/** Clicks a link or button that leads to another page, and waits for that page. */
	public Browser click(String css) {
		return follow(find(css));
	}

	/** Clicks the link or button whose visible text is exactly this, and waits for the next page. */
	public Browser clickText(String text) {
		return follow(driver.findElement(By.xpath("//*[self::a or self::button][normalize-space()='" + text + "']")));
	}

	/** Clicks a link or button that leads to another page, and waits for that page. */
	public Browser follow(WebElement linkOrButton) {
		WebElement page = find("html");
		linkOrButton.click();
		waitUntil(d -> isGone(page));
		waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		return this;
	}

	/** Whether the element belongs to a page that is gone; Chromium words that two ways during navigation. */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException ex) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** Clicks something that stays on the page: a radio button, a check box. */
	public Browser tick(String css) {
		find(css).click();
		return this;
	}

	public Browser select(String css, String visibleText) {
		new org.openqa.selenium.support.ui.Select(find(css)).selectByVisibleText(visibleText);
		return this;
	}

	public <T> T waitUntil(ExpectedCondition<T> condition) {
		return waitUntil(WAIT, condition);
	}

	/** Waits, looking again when htmx replaced the element between finding and reading it. */
	public <T> T waitUntil(Duration timeout, ExpectedCondition<T> condition) {
		WebDriverWait wait = new WebDriverWait(driver, timeout);
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		return wait.until(condition);
	}

	public Object script(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	/** The language of the page as its {@code <html lang>} declares it. */
	public String lang() {
		return find("html").getAttribute("lang");
	}

	/**
	 * Runs axe-core's WCAG 2.0/2.1 A and AA rules on the page and fails listing every violation: rule,
	 * impact, help and the elements concerned.
	 */
	@SuppressWarnings("unchecked")
	public Browser assertAccessible() {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(axe);
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: arguments[0], resultTypes: ['violations'] })
				  .then(r => done(r.violations.map(v => ({
				      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
				      nodes: v.nodes.map(n => n.target.join(' ') + ' | ' + (n.failureSummary || '').replace(/\\n/g, ' '))
				  }))))
				  .catch(e => done('axe failed: ' + e));
				""", WCAG_21_AA);
		assertThat(result).as("axe result on %s", path()).isInstanceOf(List.class);
		List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
		StringBuilder report = new StringBuilder();
		for (Map<String, Object> v : violations) {
			report.append("\n- ").append(v.get("id")).append(" (").append(v.get("impact")).append("): ")
				.append(v.get("help")).append(" ").append(v.get("helpUrl"));
			for (Object node : (List<Object>) v.get("nodes")) {
				report.append("\n    ").append(node);
			}
		}
		assertThat(violations).as("WCAG 2.1 AA violations on %s (%s, lang=%s):%s", path(), title(), lang(), report)
			.isEmpty();
		return this;
	}

	/** A PNG of the whole page, for a person to look at. */
	public Path screenshot(String name) {
		Long height = (Long) script("return Math.ceil(document.documentElement.scrollHeight)");
		org.openqa.selenium.Dimension before = driver.manage().window().getSize();
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(),
				(int) Math.min(Math.max(height + 140, before.getHeight()), 4000)));
		try {
			Path target = Path.of(System.getProperty("java.io.tmpdir"), "mosaik-" + name + ".png");
			Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			driver.manage().window().setSize(before);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
			catch (IOException ex) {
				// a left-over profile in the temp folder does no harm
			}
		}
	}
}
