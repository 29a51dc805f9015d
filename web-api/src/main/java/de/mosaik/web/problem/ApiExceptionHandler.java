package de.mosaik.web.problem;

import java.util.List;
import java.util.Locale;

import de.mosaik.admin.migration.MigrationService;
import de.mosaik.admin.offboarding.OffboardingRefused;
import de.mosaik.admin.onboarding.OnboardingRefused;
import de.mosaik.admin.suspension.Suspensions;
import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.InUseException;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.shared.StaleVersionException;

import jakarta.persistence.PersistenceException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns what the features refuse into problem responses that name the field and the reason. Only for
 * the REST controllers: the pages ({@code @Controller}) get the HTML error pages.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	/** One field and what is wrong with it. */
	record FieldProblem(String field, String message) {
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> new FieldProblem(e.getField(), messages.getMessage(e, locale())))
			.toList();
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", text("problem.validation.title"),
				errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not Found", "The requested resource does not exist.");
	}

	@ExceptionHandler(DuplicateException.class)
	ProblemDetail duplicate(DuplicateException ex) {
		String message = text(ex.messageKey());
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "duplicate", text("problem.duplicate.title"),
				ex.field() + ": " + message);
		problem.setProperty("errors", List.of(new FieldProblem(ex.field(), message)));
		return problem;
	}

	@ExceptionHandler({ StaleVersionException.class, ObjectOptimisticLockingFailureException.class })
	ProblemDetail stale(RuntimeException ex) {
		return Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version", text("problem.stale.title"),
				text("problem.stale.detail"));
	}

	@ExceptionHandler(MissingIfMatch.class)
	ProblemDetail missingIfMatch(MissingIfMatch ex) {
		return Problems.of(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", text("problem.ifMatch.title"),
				text("problem.ifMatch.detail"));
	}

	@ExceptionHandler(PropertyReferenceException.class)
	ProblemDetail unknownSort(PropertyReferenceException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", text("problem.validation.title"),
				"sort: " + text("problem.sort.unknown", ex.getPropertyName()));
		problem.setProperty("errors", List.of(new FieldProblem("sort", text("problem.sort.unknown", ex.getPropertyName()))));
		return problem;
	}

	@ExceptionHandler(InvalidParameter.class)
	ProblemDetail invalidParameter(InvalidParameter ex) {
		String message = text(ex.messageKey(), ex.value());
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", text("problem.validation.title"),
				ex.field() + ": " + message);
		problem.setProperty("errors", List.of(new FieldProblem(ex.field(), message)));
		return problem;
	}

	@ExceptionHandler(OnboardingRefused.class)
	ProblemDetail onboardingRefused(OnboardingRefused ex) {
		String message = text("onboarding.refused." + ex.reason().name(), ex.ags());
		ProblemDetail problem = Problems.of(HttpStatus.valueOf(ex.reason().status()),
				"onboarding/" + ex.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
				text("problem.onboarding.title"), "ags: " + message);
		problem.setProperty("errors", List.of(new FieldProblem("ags", message)));
		return problem;
	}

	@ExceptionHandler(Suspensions.NotPossible.class)
	ProblemDetail suspensionNotPossible(Suspensions.NotPossible ex) {
		return Problems.of(HttpStatus.CONFLICT, "suspension-not-possible", text("problem.suspension.title"),
				text("problem.suspension.detail", text("status." + ex.status().name())));
	}

	@ExceptionHandler(OffboardingRefused.class)
	ProblemDetail offboardingRefused(OffboardingRefused ex) {
		ProblemDetail problem = Problems.of(HttpStatus.valueOf(ex.reason().status()),
				"offboarding/" + ex.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
				text("problem.offboarding.title"), text("offboarding.refused." + ex.reason().name()));
		if (ex.reason() == OffboardingRefused.Reason.CONFIRMATION_MISMATCH) {
			problem.setProperty("errors", List.of(new FieldProblem("ags", text("offboarding.refused.CONFIRMATION_MISMATCH"))));
		}
		return problem;
	}

	@ExceptionHandler(MigrationService.MigrationAlreadyRunning.class)
	ProblemDetail migrationRunning(MigrationService.MigrationAlreadyRunning ex) {
		return Problems.of(HttpStatus.CONFLICT, "migration-running", text("problem.migrationRunning.title"),
				text("problem.migrationRunning.detail"));
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ProblemDetail forbidden(RuntimeException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "forbidden", text("problem.forbidden.title"),
				text("problem.forbidden.detail"));
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex) {
		String message = text(ex.messageKey());
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", text("problem.validation.title"),
				ex.field() + ": " + message);
		problem.setProperty("errors", List.of(new FieldProblem(ex.field(), message)));
		return problem;
	}

	@ExceptionHandler(InUseException.class)
	ProblemDetail inUse(InUseException ex) {
		return Problems.of(HttpStatus.CONFLICT, "in-use", text("problem.inUse.title"), text(ex.messageKey()));
	}

	/**
	 * The database could not be reached or went away: 503 with {@code Retry-After}, the transaction did
	 * not commit. Every other data access failure stays what it was (the 500 of a bug).
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException ex) {
		if (!Unavailable.isDatabaseGone(ex)) {
			throw ex;
		}
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(Unavailable.DATABASE.retryAfterSeconds()))
			.body(Unavailable.DATABASE.problem(messages, locale()));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
