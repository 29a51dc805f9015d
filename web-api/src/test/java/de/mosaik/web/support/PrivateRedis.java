package de.mosaik.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.stream.Collectors;

import redis.embedded.RedisServer;

/**
 * A Redis of one test's own (the embedded server binary on a free port), which it can pause with
 * {@code SIGSTOP}: the process keeps its connections open and answers nothing, the nastiest way for
 * Redis to be away.
 */
public final class PrivateRedis implements AutoCloseable {

	private final RedisServer server;

	private final ProcessHandle process;

	private final int port;

	private PrivateRedis(RedisServer server, ProcessHandle process, int port) {
		this.server = server;
		this.process = process;
		this.port = port;
	}

	public static PrivateRedis start() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Set<Long> before = children();
		RedisServer server = RedisServer.newRedisServer()
			.port(port)
			.bind("127.0.0.1")
			.setting("save \"\"")
			.setting("appendonly no")
			.build();
		server.start();
		ProcessHandle process = ProcessHandle.current()
			.children()
			.filter(child -> !before.contains(child.pid()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("embedded Redis process not found"));
		return new PrivateRedis(server, process, port);
	}

	public String url() {
		return "redis://127.0.0.1:" + port;
	}

	public void pause() {
		signal("STOP");
	}

	public void resume() {
		signal("CONT");
	}

	@Override
	public void close() {
		try {
			if (process.isAlive()) {
				resume();
			}
			server.stop();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void signal(String signal) {
		try {
			int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
			if (exit != 0) {
				throw new IllegalStateException("kill -" + signal + " exited with " + exit);
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

	private static Set<Long> children() {
		return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
	}
}
