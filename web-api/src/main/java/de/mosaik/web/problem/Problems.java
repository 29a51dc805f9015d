package de.mosaik.web.problem;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** The stable problem types of the API and the few responses written outside Spring MVC. */
public final class Problems {

	public static final String PREFIX = "urn:mosaik:problem:";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	public static URI type(String name) {
		return URI.create(PREFIX + name);
	}

	public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(type));
		problem.setTitle(title);
		return problem;
	}

	/** The same body as for any missing resource, so that a foreign tenant cannot be told from none. */
	public static void writeNotFound(HttpServletResponse response) throws IOException {
		write(response, 404, "not-found", "Not Found", "The requested resource does not exist.");
	}

	public static void write(HttpServletResponse response, int status, String type, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", PREFIX + type);
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		response.getWriter().write(JSON.writeValueAsString(body));
	}
}
