package de.mosaik.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.mosaik.web.security.DemoAccounts;

/**
 * A person's browser session without a browser: signs in through the built-in issuer's form (the same
 * redirects a browser follows) and then asks for pages with the session cookie.
 */
public final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	private PageSession(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public static PageSession signIn(String baseUrl, String username) {
		PageSession session = new PageSession(baseUrl);
		HttpResponse<String> form = session.follow(session.send(session.request("/app").GET()));
		Matcher csrf = CSRF.matcher(form.body());
		if (form.statusCode() != 200 || !csrf.find()) {
			throw new IllegalStateException("No sign-in form at " + form.uri() + ": " + form.statusCode());
		}
		String body = "username=" + encode(username) + "&password=" + encode(DemoAccounts.PASSWORD) + "&_csrf="
				+ encode(csrf.group(1));
		HttpResponse<String> landed = session.follow(session.send(session.request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))));
		if (landed.statusCode() != 200 || !landed.uri().getPath().startsWith("/app")) {
			throw new IllegalStateException("Sign-in of " + username + " ended at " + landed.uri() + ": " + landed.statusCode());
		}
		return session;
	}

	/** A page as the browser gets it, redirects not followed. */
	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	private HttpRequest.Builder request(String path) {
		URI uri = path.startsWith("http") ? URI.create(path) : URI.create(baseUrl + path);
		return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", "text/html");
	}

	private HttpResponse<String> follow(HttpResponse<String> response) {
		for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
			URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
			response = send(request(next.toString()).GET());
		}
		return response;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
