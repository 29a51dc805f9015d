package de.mosaik.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local server that answers the few calls Mosaik makes as Stripe's API does (customers,
 * subscriptions, invoices), so that tests run the real stripe-java client against it. Tests read and
 * change the objects it holds.
 */
public final class FakeStripe {

	private static FakeStripe instance;

	private final HttpServer server;

	private final AtomicInteger ids = new AtomicInteger();

	/** subscription id → status, customer, item id, quantity. */
	public final Map<String, Map<String, Object>> subscriptions = new ConcurrentHashMap<>();

	/** invoice id → customer, subscription, status, amount. */
	public final Map<String, Map<String, Object>> invoices = new ConcurrentHashMap<>();

	public final Map<String, String> customerNames = new ConcurrentHashMap<>();

	/** customer id → the form fields of its last update. */
	public final Map<String, Map<String, String>> customerUpdates = new ConcurrentHashMap<>();

	private FakeStripe() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/v1/", this::handle);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.start();
	}

	public static synchronized FakeStripe get() {
		if (instance == null) {
			try {
				instance = new FakeStripe();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return instance;
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** The subscription of a customer. */
	public String subscriptionOf(String customerId) {
		return subscriptions.entrySet()
			.stream()
			.filter(e -> customerId.equals(e.getValue().get("customer")))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
	}

	public void invoice(String id, String subscriptionId, String status, long amount) {
		Map<String, Object> invoice = new LinkedHashMap<>();
		invoice.put("subscription", subscriptionId);
		invoice.put("customer", subscriptions.get(subscriptionId).get("customer"));
		invoice.put("status", status);
		invoice.put("amount", amount);
		invoices.put(id, invoice);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String method = exchange.getRequestMethod();
		Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		String body;
		int status = 200;
		if (method.equals("POST") && path.equals("/v1/customers")) {
			String id = "cus_" + ids.incrementAndGet();
			customerNames.put(id, form.getOrDefault("name", ""));
			body = "{\"id\":\"" + id + "\",\"object\":\"customer\",\"name\":" + quote(form.get("name")) + "}";
		}
		else if (method.equals("POST") && path.startsWith("/v1/customers/")) {
			String id = path.substring("/v1/customers/".length());
			customerUpdates.put(id, form);
			body = "{\"id\":\"" + id + "\",\"object\":\"customer\"}";
		}
		else if (method.equals("POST") && path.equals("/v1/subscriptions")) {
			String id = "sub_" + ids.incrementAndGet();
			Map<String, Object> sub = new ConcurrentHashMap<>();
			sub.put("customer", form.get("customer"));
			sub.put("status", "trialing");
			sub.put("item", "si_" + ids.incrementAndGet());
			sub.put("quantity", Long.parseLong(form.getOrDefault("items[0][quantity]", "1")));
			sub.put("price", form.getOrDefault("items[0][price]", ""));
			subscriptions.put(id, sub);
			body = subscription(id);
		}
		else if (path.startsWith("/v1/subscriptions/")) {
			String id = path.substring("/v1/subscriptions/".length());
			Map<String, Object> sub = subscriptions.get(id);
			if (sub == null) {
				status = 404;
				body = "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"No such subscription\"}}";
			}
			else {
				if (method.equals("POST") && form.containsKey("items[0][quantity]")) {
					sub.put("quantity", Long.parseLong(form.get("items[0][quantity]")));
				}
				if (method.equals("POST") && form.keySet().stream().anyMatch(k -> k.startsWith("payment_settings"))) {
					sub.put("payment_method_types", form.entrySet()
						.stream()
						.filter(e -> e.getKey().startsWith("payment_settings[payment_method_types]"))
						.map(Map.Entry::getValue)
						.filter(v -> !v.isEmpty())
						.toList());
				}
				body = subscription(id);
			}
		}
		else if (method.equals("GET") && path.startsWith("/v1/invoices/")) {
			String id = path.substring("/v1/invoices/".length());
			Map<String, Object> invoice = invoices.get(id);
			if (invoice == null) {
				status = 404;
				body = "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"No such invoice\"}}";
			}
			else {
				body = "{\"id\":\"" + id + "\",\"object\":\"invoice\",\"customer\":\"" + invoice.get("customer")
						+ "\",\"number\":\"MOS-" + id + "\",\"status\":\"" + invoice.get("status") + "\",\"amount_due\":"
						+ invoice.get("amount") + ",\"currency\":\"eur\",\"hosted_invoice_url\":\"https://invoice.stripe.test/"
						+ id + "\",\"due_date\":1767225600,\"parent\":{\"type\":\"subscription_details\","
						+ "\"subscription_details\":{\"subscription\":\"" + invoice.get("subscription") + "\"}}}";
			}
		}
		else {
			status = 404;
			body = "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Unknown path " + path + "\"}}";
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.getResponseHeaders().add("Request-Id", "req_" + ids.incrementAndGet());
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private String subscription(String id) {
		Map<String, Object> sub = subscriptions.get(id);
		return "{\"id\":\"" + id + "\",\"object\":\"subscription\",\"customer\":\"" + sub.get("customer")
				+ "\",\"status\":\"" + sub.get("status") + "\",\"collection_method\":\"send_invoice\","
				+ "\"items\":{\"object\":\"list\",\"data\":[{\"id\":\"" + sub.get("item")
				+ "\",\"object\":\"subscription_item\",\"quantity\":" + sub.get("quantity") + "}]}}";
	}

	private static Map<String, String> form(String body) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return values;
	}

	private static String quote(String text) {
		return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
