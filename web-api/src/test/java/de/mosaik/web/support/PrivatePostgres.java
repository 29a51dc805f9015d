package de.mosaik.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL of one test's own (the embedded binaries, its own data folder and port), which the test
 * may stop and start again: the shared test server must never go away under the other tests. Commits
 * are synchronous, so a stop loses nothing that was acknowledged.
 */
public final class PrivatePostgres implements AutoCloseable {

	private final Path dataDir;

	private final int port;

	private EmbeddedPostgres running;

	private PrivatePostgres(Path dataDir, int port) {
		this.dataDir = dataDir;
		this.port = port;
	}

	/** A new cluster in {@code dataDir} (emptied first) on a free port. */
	public static PrivatePostgres start(Path dataDir) {
		try {
			delete(dataDir);
			Files.createDirectories(dataDir);
			PrivatePostgres postgres = new PrivatePostgres(dataDir.toAbsolutePath(), freePort());
			postgres.start();
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
	}

	public int port() {
		return port;
	}

	/** Starts the stopped cluster again on the same port, with its data. */
	public synchronized void start() {
		if (running != null) {
			throw new IllegalStateException("PostgreSQL is running already");
		}
		try {
			running = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setPort(port)
				.setServerConfig("synchronous_commit", "on")
				.setPGStartupWait(Duration.ofSeconds(30))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code pg_ctl stop -m fast}: open transactions are rolled back, sessions ended, then a clean shutdown. */
	public synchronized void stop() {
		try {
			running.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			running = null;
		}
	}

	/**
	 * {@code pg_ctl stop -m immediate}: the postmaster and every backend are killed at once (SIGQUIT), as
	 * in a crash; the next start recovers from the WAL.
	 */
	public synchronized void stopImmediately() {
		long pid = postmasterPid();
		signal("QUIT", pid);
		awaitExit(pid);
		// releases the data folder's lock; its own pg_ctl stop finds nothing to stop, which is no error here
		Logger zonky = (Logger) LoggerFactory.getLogger(EmbeddedPostgres.class);
		Level level = zonky.getLevel();
		zonky.setLevel(Level.OFF);
		try {
			stop();
		}
		finally {
			zonky.setLevel(level);
		}
	}

	public synchronized boolean isRunning() {
		return running != null;
	}

	@Override
	public synchronized void close() {
		if (running != null) {
			stop();
		}
		try {
			delete(dataDir);
		}
		catch (IOException ex) {
			System.err.println("Could not delete " + dataDir + ": " + ex.getMessage());
		}
	}

	private long postmasterPid() {
		try {
			return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void signal(String signal, long pid) {
		try {
			int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
			if (exit != 0) {
				throw new IllegalStateException("kill -" + signal + " " + pid + " exited with " + exit);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void awaitExit(long pid) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("PostgreSQL " + pid + " did not stop");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
