package de.mosaik.web.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.json.JsonMapper;

/**
 * An open-loop mix over many councils, each with its own officer: 70 % reads (task lists in several
 * sort orders, a task, the departments) and 30 % writes (a new task, POSTed with an
 * {@code Idempotency-Key}). Requests fall due at a fixed rate whatever the server does, so a slow
 * server builds a queue that shows in the latency. A write that is not acknowledged is retried with
 * the same key after its {@code Retry-After} (a refused one after a second), as a careful client
 * would, for up to two minutes; the client's log of every write is what the database is compared with.
 */
final class LoadGenerator implements AutoCloseable {

	/** A council, its officer's token and the tasks it had before the load began. */
	record Council(String ags, String token, List<String> taskIds) {
	}

	/** One write as the client's log keeps it: the last answer (0: none) and the id it got. */
	record Write(String ags, String title, int status, String id, int attempts) {

		boolean acknowledged() {
			return status / 100 == 2;
		}
	}

	/** One answer with its times, kept only while a fault is watched. */
	record Sample(long dueNanos, int status, boolean write) {
	}

	static final Duration GIVE_UP = Duration.ofMinutes(2);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	private final List<Council> councils;

	private final ThreadPoolExecutor workers = new ThreadPoolExecutor(256, 256, 1, TimeUnit.MINUTES,
			new LinkedBlockingQueue<>());

	private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor();

	private final Queue<Write> writes = new ConcurrentLinkedQueue<>();

	private final AtomicInteger openWrites = new AtomicInteger();

	private final AtomicLong writeRetries = new AtomicLong();

	private final AtomicLong keys = new AtomicLong();

	private final String run = Long.toString(System.currentTimeMillis(), 36);

	private volatile Queue<Sample> samples;

	private volatile Thread dispatcher;

	LoadGenerator(String baseUrl, List<Council> councils) {
		this.baseUrl = baseUrl;
		this.councils = councils;
	}

	/** Runs the mix at {@code rate} per second for {@code duration}, then waits for the answers. */
	PhaseStats run(String name, double rate, Duration duration) {
		PhaseStats stats = new PhaseStats(name);
		start(rate, () -> stats);
		sleep(duration);
		stop();
		awaitQuiet(Duration.ofSeconds(60));
		stats.end();
		return stats;
	}

	/** Starts the mix at {@code rate} per second; each request counts in the phase current when it falls due. */
	void start(double rate, java.util.function.Supplier<PhaseStats> phase) {
		long interval = (long) (1e9 / rate);
		Thread thread = new Thread(() -> {
			long next = System.nanoTime();
			while (!Thread.currentThread().isInterrupted()) {
				long now = System.nanoTime();
				if (now < next) {
					LockSupport.parkNanos(next - now);
					continue;
				}
				long due = next;
				PhaseStats stats = phase.get();
				workers.execute(() -> one(due, stats));
				next += interval;
			}
		}, "soak-dispatcher");
		thread.setDaemon(true);
		dispatcher = thread;
		thread.start();
	}

	void stop() {
		Thread thread = dispatcher;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		dispatcher = null;
	}

	/** Waits until every request due so far has its answer and no write waits for a retry. */
	boolean awaitQuiet(Duration max) {
		long deadline = System.nanoTime() + max.toNanos();
		while (System.nanoTime() < deadline) {
			if (workers.getQueue().isEmpty() && workers.getActiveCount() == 0 && openWrites.get() == 0) {
				return true;
			}
			sleep(Duration.ofMillis(100));
		}
		return false;
	}

	/** From now on every answer is kept with its times (for the faults); null stops it. */
	void watch(Queue<Sample> into) {
		samples = into;
	}

	List<Write> writes() {
		return List.copyOf(writes);
	}

	long writeRetries() {
		return writeRetries.get();
	}

	int queued() {
		return workers.getQueue().size();
	}

	private void one(long due, PhaseStats stats) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Council council = councils.get(random.nextInt(councils.size()));
		double pick = random.nextDouble();
		String tenant = "/api/v1/tenants/" + council.ags();
		if (pick < 0.35) {
			String sort = List.of("dueDate", "title,desc", "createdAt,desc").get(random.nextInt(3));
			read(council, tenant + "/tasks?size=20&page=" + random.nextInt(2) + "&sort=" + sort, due, stats);
		}
		else if (pick < 0.55) {
			read(council, tenant + "/tasks/" + council.taskIds().get(random.nextInt(council.taskIds().size())), due,
					stats);
		}
		else if (pick < 0.70) {
			read(council, tenant + "/departments?size=20", due, stats);
		}
		else {
			String title = "soak-" + run + "-" + keys.incrementAndGet();
			openWrites.incrementAndGet();
			write(council, title, due, due, 1, stats);
		}
	}

	private void read(Council council, String path, long due, PhaseStats stats) {
		Answer answer = send(council, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), Map.of());
		record(stats, due, answer, false);
	}

	private void write(Council council, String title, long firstDue, long due, int attempt, PhaseStats stats) {
		String body = "{\"title\":\"" + title + "\",\"owner\":\"Lasttest\"}";
		Answer answer = send(council, HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/tenants/" + council.ags() + "/tasks"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)), Map.of("Idempotency-Key", title));
		record(stats, due, answer, true);
		int status = answer.status();
		if (status / 100 == 2) {
			writes.add(new Write(council.ags(), title, status, JSON.readTree(answer.body()).get("id").asString(), attempt));
			openWrites.decrementAndGet();
			return;
		}
		boolean retryable = status == 0 || status == 409 || status == 429 || status >= 500;
		if (!retryable || System.nanoTime() - firstDue > GIVE_UP.toNanos()) {
			writes.add(new Write(council.ags(), title, status, null, attempt));
			openWrites.decrementAndGet();
			return;
		}
		long delayMillis = answer.retryAfterSeconds() > 0 ? Math.min(5, answer.retryAfterSeconds()) * 1000L : 1000L;
		writeRetries.incrementAndGet();
		retries.schedule(() -> {
			long retryDue = System.nanoTime();
			workers.execute(() -> write(council, title, firstDue, retryDue, attempt + 1, stats));
		}, delayMillis, TimeUnit.MILLISECONDS);
	}

	private void record(PhaseStats stats, long due, Answer answer, boolean write) {
		long end = System.nanoTime();
		stats.record(answer.status(), answer.retryAfterSeconds() > 0, end - due);
		Queue<Sample> watched = samples;
		if (watched != null) {
			watched.add(new Sample(due, answer.status(), write));
		}
	}

	/** An answer: status 0 when none came (refused, reset, timed out). */
	private record Answer(int status, int retryAfterSeconds, String body) {
	}

	private Answer send(Council council, HttpRequest.Builder request, Map<String, String> headers) {
		request.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + council.token())
			.header("Accept", "application/json, application/problem+json");
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			int retryAfter = response.headers().firstValue("Retry-After").map(LoadGenerator::seconds).orElse(0);
			return new Answer(response.statusCode(), retryAfter, response.body());
		}
		catch (IOException ex) {
			return new Answer(0, 0, null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer(0, 0, null);
		}
	}

	private static int seconds(String retryAfter) {
		try {
			return Math.max(1, Integer.parseInt(retryAfter.strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		stop();
		retries.shutdownNow();
		workers.shutdownNow();
	}
}
