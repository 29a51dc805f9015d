package de.mosaik.infra.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import de.mosaik.admin.offboarding.TenantArchives;
import de.mosaik.core.tenancy.TenantKey;

import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every table of a tenant schema (Liquibase's bookkeeping aside), read in one repeatable-read
 * snapshot: {@code <table>.json} (PostgreSQL's own {@code json_agg}, so types round-trip through
 * {@code json_populate_recordset}), {@code <table>.csv} ({@code COPY … CSV HEADER}), a
 * {@code manifest.json} and {@code SHA256SUMS}. Tables are in foreign-key order, parents first.
 */
@Component
class JdbcTenantArchives implements TenantArchives {

	static final String FORMAT = "mosaik-export/1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DataSource dataSource;

	JdbcTenantArchives(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public Archive export(TenantKey tenant, String councilName) {
		String schema = tenant.schemaName();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			try {
				ByteArrayOutputStream zipBytes = new ByteArrayOutputStream();
				ObjectNode manifest = JSON.createObjectNode();
				manifest.put("format", FORMAT);
				manifest.put("ags", tenant.value());
				manifest.put("name", councilName);
				manifest.put("exportedAt", OffsetDateTime.now().toString());
				ArrayNode tables = manifest.putArray("tables");
				StringBuilder sums = new StringBuilder();
				long totalRows = 0;
				List<String> names = tablesInOrder(connection, schema);
				try (ZipOutputStream zip = new ZipOutputStream(zipBytes)) {
					for (String table : names) {
						String qualified = quoted(schema) + "." + quoted(table);
						// rows in a stable order, so that the same data always gives the same checksums
						byte[] json = query(connection,
								"SELECT coalesce(json_agg(t ORDER BY t::text), '[]'::json)::text FROM " + qualified + " t")
							.getBytes(StandardCharsets.UTF_8);
						byte[] csv = copyOut(connection, "COPY (SELECT * FROM " + qualified + " t ORDER BY t::text) TO STDOUT "
								+ "WITH (FORMAT csv, HEADER)");
						long rows = JSON.readTree(json).size();
						totalRows += rows;
						add(zip, table + ".json", json);
						add(zip, table + ".csv", csv);
						ObjectNode entry = tables.addObject();
						entry.put("table", table);
						entry.put("rows", rows);
						entry.put("json", table + ".json");
						entry.put("csv", table + ".csv");
						entry.put("jsonSha256", sha256(json));
						entry.put("csvSha256", sha256(csv));
						sums.append(sha256(json)).append("  ").append(table).append(".json\n");
						sums.append(sha256(csv)).append("  ").append(table).append(".csv\n");
					}
					byte[] manifestBytes = JSON.writerWithDefaultPrettyPrinter()
						.writeValueAsString(manifest)
						.getBytes(StandardCharsets.UTF_8);
					add(zip, "manifest.json", manifestBytes);
					sums.append(sha256(manifestBytes)).append("  manifest.json\n");
					add(zip, "SHA256SUMS", sums.toString().getBytes(StandardCharsets.UTF_8));
				}
				byte[] archive = zipBytes.toByteArray();
				return new Archive(archive, sha256(archive), JSON.writeValueAsString(manifest), names.size(), totalRows);
			}
			finally {
				connection.rollback();
				connection.setReadOnly(false);
			}
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Export of tenant " + tenant + " failed: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void restore(TenantKey tenant, byte[] zip) {
		Map<String, byte[]> entries = unzip(zip);
		JsonNode manifest = JSON.readTree(entries.get("manifest.json"));
		if (manifest == null || !FORMAT.equals(manifest.path("format").asString())) {
			throw new IllegalArgumentException("Not a Mosaik export archive");
		}
		String schema = tenant.schemaName();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement sql = connection.createStatement()) {
				List<String> order = tablesInOrder(connection, schema);
				if (!order.isEmpty()) {
					sql.execute("TRUNCATE " + String.join(", ", order.stream().map(t -> quoted(schema) + "." + quoted(t)).toList())
							+ " CASCADE");
				}
				for (String table : order) {
					byte[] json = entries.get(table + ".json");
					if (json == null) {
						continue;
					}
					String qualified = quoted(schema) + "." + quoted(table);
					try (PreparedStatement insert = connection.prepareStatement(
							"INSERT INTO " + qualified + " SELECT * FROM json_populate_recordset(null::" + qualified + ", ?::json)")) {
						insert.setString(1, new String(json, StandardCharsets.UTF_8));
						insert.executeUpdate();
					}
				}
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Restore into tenant " + tenant + " failed: " + ex.getMessage(), ex);
		}
	}

	/** Base tables of the schema, parents before the tables that reference them. */
	static List<String> tablesInOrder(Connection connection, String schema) throws SQLException {
		Set<String> tables = new LinkedHashSet<>();
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = ? AND table_type = 'BASE TABLE'
				  AND table_name NOT IN ('databasechangelog', 'databasechangeloglock')
				ORDER BY table_name""")) {
			select.setString(1, schema);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
		}
		Map<String, Set<String>> parents = new LinkedHashMap<>();
		tables.forEach(t -> parents.put(t, new LinkedHashSet<>()));
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT c.conrelid::regclass::text, c.confrelid::regclass::text
				FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
				WHERE c.contype = 'f' AND n.nspname = ?""")) {
			select.setString(1, schema);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					String child = unqualified(rs.getString(1));
					String parent = unqualified(rs.getString(2));
					if (parents.containsKey(child) && tables.contains(parent) && !child.equals(parent)) {
						parents.get(child).add(parent);
					}
				}
			}
		}
		List<String> order = new ArrayList<>();
		while (order.size() < tables.size()) {
			boolean progress = false;
			for (String table : tables) {
				if (!order.contains(table) && order.containsAll(parents.get(table))) {
					order.add(table);
					progress = true;
				}
			}
			if (!progress) {
				throw new IllegalStateException("Foreign keys form a cycle in " + schema);
			}
		}
		return order;
	}

	private static String unqualified(String regclass) {
		String name = regclass.contains(".") ? regclass.substring(regclass.lastIndexOf('.') + 1) : regclass;
		return name.replace("\"", "");
	}

	private static String query(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static byte[] copyOut(Connection connection, String copy) throws SQLException, IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		connection.unwrap(PGConnection.class).getCopyAPI().copyOut(copy, out);
		return out.toByteArray();
	}

	private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	private static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
