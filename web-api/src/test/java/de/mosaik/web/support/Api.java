package de.mosaik.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the API, speaking JSON on the wire as any client would. */
public final class Api {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	private final String token;

	private Api(String baseUrl, String token) {
		this.baseUrl = baseUrl;
		this.token = token;
	}

	public static Api as(String token) {
		return new Api(IntegrationTest.BASE_URL, token);
	}

	public static Api anonymous() {
		return new Api(IntegrationTest.BASE_URL, null);
	}

	/** For an application of a test's own (see {@link PrivateApp}), not the shared one. */
	public static Api at(String baseUrl, String token) {
		return new Api(baseUrl, token);
	}

	/** A response: status, headers and the body as JSON (or null). */
	public record Response(int status, HttpResponse<String> raw, JsonNode json) {

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		@Override
		public String toString() {
			return status + " " + raw.body();
		}
	}

	public Response get(String path) {
		return send("GET", path, null, Map.of());
	}

	public Response post(String path, Object body) {
		return send("POST", path, body, Map.of());
	}

	public Response put(String path, Object body, String ifMatch) {
		return send("PUT", path, body, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
	}

	public Response delete(String path, String ifMatch) {
		return send("DELETE", path, null, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
	}

	public Response send(String method, String path, Object body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json, application/problem+json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			String text = body instanceof String s ? s : JSON.writeValueAsString(body);
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String text = response.body();
			JsonNode json = text == null || text.isBlank() || !response.headers()
				.firstValue("Content-Type")
				.orElse("")
				.contains("json") ? null : JSON.readTree(text);
			return new Response(response.statusCode(), response, json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
