package de.mosaik.web.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Helm chart in {@code helm/mosaik}, linted and rendered by the real Helm engine (helm-java, Helm's
 * Go code as a native library), with its default values and with the production example: probes,
 * hooks, security context, and no secret anywhere in plain text.
 * <p>
 * helm-java's {@code template} answers the release manifest, which (as in Helm's install dry run) holds
 * no hooks. So the chart is rendered from a copy in which the hook annotations' key is renamed to
 * {@value #HOOK_PREFIX}: the migration Job then renders as a plain object with its hook annotations
 * under that key, everything else unchanged. Lint checks the chart as it is, hooks included.
 */
class HelmChartTest {

	static final Path CHART = Path.of("..", "helm", "mosaik").toAbsolutePath().normalize();

	static final Path PRODUCTION = CHART.resolve("values-production.example.yaml");

	static final String KUBE_VERSION = "1.31.0";

	static final String HOOK_PREFIX = "rendered-for-test/";

	/** Environment variables that carry secrets: they must come from a Secret, never as a value. */
	static final List<String> SECRET_ENV = List.of("MOSAIK_DB_USER", "MOSAIK_DB_PASSWORD", "MOSAIK_OIDC_CLIENT_SECRET",
			"MOSAIK_STRIPE_SECRET_KEY", "MOSAIK_STRIPE_WEBHOOK_SECRET");

	static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|_KEY|_USER)$");

	@TempDir
	Path temp;

	@Test
	void lintsCleanWithTheDefaultValuesAndWithTheProductionExample() throws IOException {
		LintResult defaults = new Helm(CHART).lint().strict().call();
		assertThat(defaults.isFailed()).as(String.join("\n", defaults.getMessages())).isFalse();
		assertThat(defaults.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));

		// helm lint takes the chart's own values: lint a copy whose values.yaml is the production setup
		LintResult production = new Helm(copyWithValues(merged(CHART.resolve("values.yaml"), PRODUCTION))).lint()
			.strict()
			.call();
		assertThat(production.isFailed()).as(String.join("\n", production.getMessages())).isFalse();
		assertThat(production.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
	}

	@Test
	void theDefaultValuesRenderAHardenedDeploymentWithProbesAndAMigrationHook() {
		Rendered chart = render(t -> {
		});
		assertThat(chart.kinds()).containsExactlyInAnyOrder("ConfigMap", "Service", "Deployment",
				"HorizontalPodAutoscaler", "PodDisruptionBudget", "Job");
		checkDeployment(chart);
		checkMigrationJob(chart);
		checkNoSecretInPlainText(chart);
	}

	@Test
	void theProductionExampleRendersIngressAndServiceMonitorAndTheSameGuarantees() {
		Rendered chart = render(t -> t.withValuesFile(PRODUCTION));
		assertThat(chart.kinds()).containsExactlyInAnyOrder("ConfigMap", "Service", "Deployment",
				"HorizontalPodAutoscaler", "PodDisruptionBudget", "Job", "Ingress", "ServiceMonitor");
		checkDeployment(chart);
		checkMigrationJob(chart);
		checkNoSecretInPlainText(chart);
		Map<String, Object> deployment = chart.one("Deployment");
		assertThat(env(container(deployment))).extracting(e -> e.get("name"))
			.contains("MOSAIK_STRIPE_SECRET_KEY", "MOSAIK_STRIPE_WEBHOOK_SECRET");
		assertThat(path(chart.one("Ingress"), "spec", "tls")).isNotNull();
		assertThat(string(chart.one("ConfigMap"), "data", "MOSAIK_DB_URL")).startsWith("jdbc:postgresql://");
	}

	@Test
	void everyVariableTheChartSetsIsDocumentedInTheReadme() throws IOException {
		String readme = Files.readString(CHART.resolve("../../README.md").normalize());
		Rendered chart = render(t -> t.withValuesFile(PRODUCTION));
		List<String> names = new ArrayList<>(map(path(chart.one("ConfigMap"), "data")).keySet());
		for (String kind : List.of("Deployment", "Job")) {
			env(container(chart.one(kind))).forEach(e -> names.add(String.valueOf(e.get("name"))));
		}
		names.removeIf("JAVA_TOOL_OPTIONS"::equals); // the JVM's own
		assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(readme).contains("`" + name + "`"));
	}

	@Test
	void refusesValuesThatWouldRunUnsafely() {
		// a secret given as a value: the schema has no place for it
		assertThatThrownBy(() -> render(t -> t.set("database.password", "hunter2"))).hasMessageContaining("password");
		assertThatThrownBy(() -> render(t -> t.set("oidc.clientSecret", "s3cr3t"))).hasMessageContaining("clientSecret");
		assertThatThrownBy(() -> render(t -> t.set("stripe.secretKey", "sk_live_x"))).hasMessageContaining("secretKey");
		assertThatThrownBy(() -> render(t -> t.set("extraEnv.MOSAIK_DB_PASSWORD", "hunter2")))
			.hasMessageContaining("MOSAIK_DB_PASSWORD");
		assertThatThrownBy(() -> render(t -> t.set("database.url", "jdbc:postgresql://db:5432/mosaik?password=hunter2")))
			.hasMessageContaining("must not carry a password");
		// no external issuer would mean the built-in sign-in with demo accounts
		assertThatThrownBy(() -> render(t -> t.set("oidc.issuerUri", ""))).hasMessageContaining("issuerUri");
		assertThatThrownBy(() -> render(t -> t.set("securityContext.runAsNonRoot", false)))
			.hasMessageContaining("runAsNonRoot");
		assertThatThrownBy(() -> render(t -> t.set("extraEnv.MOSAIK_DEMO_DATA", "true")))
			.hasMessageContaining("the chart sets MOSAIK_DEMO_DATA itself");
	}

	@Test
	void withAutoscalingOffTheDeploymentHasItsReplicasAndWithMigrationOffNoJob() {
		Rendered chart = render(t -> t.set("autoscaling.enabled", false).set("replicaCount", 3).set("migration.enabled", false));
		assertThat(chart.kinds()).doesNotContain("HorizontalPodAutoscaler", "Job");
		assertThat(path(chart.one("Deployment"), "spec", "replicas")).isEqualTo(3);
	}

	private void checkDeployment(Rendered chart) {
		Map<String, Object> deployment = chart.one("Deployment");
		Map<String, Object> pod = map(path(deployment, "spec", "template", "spec"));
		Map<String, Object> container = container(deployment);
		assertThat(string(container, "startupProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
		assertThat(string(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
		assertThat(string(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
		assertThat(path(container, "readinessProbe", "httpGet", "port")).isEqualTo("http");
		assertThat(path(container, "resources", "requests", "cpu")).isNotNull();
		assertThat(path(container, "resources", "requests", "memory")).isNotNull();
		assertThat(path(container, "resources", "limits", "memory")).isNotNull();
		checkHardened(pod, container);
		// graceful shutdown: leaving the endpoints plus Spring's 20 s shutdown phase fit into the grace period
		int preStop = ((Number) Objects.requireNonNullElse(path(container, "lifecycle", "preStop", "sleep", "seconds"), 0))
			.intValue();
		assertThat(((Number) pod.get("terminationGracePeriodSeconds")).intValue()).isGreaterThan(preStop + 20);
		// the settings come from the chart's ConfigMap, which forbids demo data and start-time migrations
		assertThat(path(map(((List<?>) container.get("envFrom")).get(0)), "configMapRef", "name"))
			.isEqualTo(path(chart.one("ConfigMap"), "metadata", "name"));
		assertThat(string(chart.one("ConfigMap"), "data", "MOSAIK_DEMO_DATA")).isEqualTo("false");
		assertThat(string(chart.one("ConfigMap"), "data", "MOSAIK_MIGRATIONS_ON_START")).isEqualTo("false");
		// the Service and the PDB select the Deployment's pods
		Map<String, Object> podLabels = map(path(deployment, "spec", "template", "metadata", "labels"));
		assertThat(podLabels).containsAllEntriesOf(map(path(chart.one("Service"), "spec", "selector")));
		assertThat(podLabels).containsAllEntriesOf(map(path(chart.one("PodDisruptionBudget"), "spec", "selector", "matchLabels")));
	}

	private void checkMigrationJob(Rendered chart) {
		Map<String, Object> job = chart.one("Job");
		Map<String, Object> annotations = map(path(job, "metadata", "annotations"));
		assertThat(annotations.get(HOOK_PREFIX + "helm.sh/hook")).isEqualTo("pre-install,pre-upgrade");
		assertThat(String.valueOf(annotations.get(HOOK_PREFIX + "helm.sh/hook-delete-policy")))
			.contains("before-hook-creation");
		// nothing else of the chart is a hook: the ConfigMap, Deployment and Service are the release proper
		chart.objects()
			.stream()
			.filter(o -> !"Job".equals(o.get("kind")))
			.forEach(o -> assertThat(String.valueOf(path(o, "metadata", "annotations"))).doesNotContain("helm.sh/hook"));
		Map<String, Object> pod = map(path(job, "spec", "template", "spec"));
		assertThat(pod.get("restartPolicy")).isEqualTo("Never");
		Map<String, Object> container = container(job);
		assertThat(container.get("image")).isEqualTo(container(chart.one("Deployment")).get("image"));
		List<Map<String, Object>> env = env(container);
		assertThat(env).anySatisfy(e -> {
			assertThat(e.get("name")).isEqualTo("MOSAIK_MODE");
			assertThat(e.get("value")).isEqualTo("migrate");
		});
		// a pre-install hook runs before the ConfigMap exists: its settings are inline, the same as the ConfigMap's
		Map<String, Object> settings = map(path(chart.one("ConfigMap"), "data"));
		settings.forEach((name, value) -> assertThat(env).anySatisfy(e -> {
			assertThat(e.get("name")).isEqualTo(name);
			assertThat(e.get("value")).isEqualTo(value);
		}));
		assertThat(env).extracting(e -> e.get("name")).contains("MOSAIK_DB_URL", "MOSAIK_DB_USER", "MOSAIK_DB_PASSWORD");
		checkHardened(pod, container);
	}

	@SuppressWarnings("unchecked")
	private void checkHardened(Map<String, Object> pod, Map<String, Object> container) {
		assertThat(path(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
		assertThat(((Number) path(pod, "securityContext", "runAsUser")).intValue()).isPositive();
		assertThat(pod.get("automountServiceAccountToken")).isEqualTo(false);
		assertThat(path(container, "securityContext", "runAsNonRoot")).isEqualTo(true);
		assertThat(path(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
		assertThat(path(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
		assertThat((List<Object>) path(container, "securityContext", "capabilities", "drop")).contains("ALL");
		// the only writable place is an emptyDir on /tmp
		assertThat((List<?>) pod.get("volumes")).anySatisfy(v -> {
			assertThat(map(v).get("name")).isEqualTo("tmp");
			assertThat(map(v)).containsKey("emptyDir");
		});
		assertThat((List<?>) container.get("volumeMounts")).anySatisfy(m -> {
			assertThat(map(m).get("name")).isEqualTo("tmp");
			assertThat(map(m).get("mountPath")).isEqualTo("/tmp");
		});
	}

	private void checkNoSecretInPlainText(Rendered chart) {
		// the chart makes no Secret: it only refers to existing ones
		assertThat(chart.kinds()).doesNotContain("Secret");
		for (Map<String, Object> object : chart.objects()) {
			if ("ConfigMap".equals(object.get("kind"))) {
				assertThat(map(object.get("data")).keySet()).noneMatch(key -> SECRET_NAME.matcher(key).matches());
			}
			Object podSpec = "Deployment".equals(object.get("kind")) || "Job".equals(object.get("kind"))
					? path(object, "spec", "template", "spec") : null;
			if (podSpec == null) {
				continue;
			}
			for (Object c : (List<?>) map(podSpec).get("containers")) {
				for (Map<String, Object> e : env(map(c))) {
					String name = String.valueOf(e.get("name"));
					if (SECRET_ENV.contains(name) || SECRET_NAME.matcher(name).matches()) {
						assertThat(e).as(object.get("kind") + " env " + name).doesNotContainKey("value");
						assertThat(path(e, "valueFrom", "secretKeyRef", "name")).as(name).isNotNull();
						assertThat(path(e, "valueFrom", "secretKeyRef", "key")).as(name).isNotNull();
					}
				}
			}
		}
		List<Map<String, Object>> appEnv = env(container(chart.one("Deployment")));
		assertThat(appEnv).extracting(e -> e.get("name"))
			.contains("MOSAIK_DB_USER", "MOSAIK_DB_PASSWORD", "MOSAIK_OIDC_CLIENT_SECRET");
	}

	// rendering

	record Rendered(List<Map<String, Object>> objects) {

		List<String> kinds() {
			return objects.stream().map(o -> String.valueOf(o.get("kind"))).toList();
		}

		Map<String, Object> one(String kind) {
			List<Map<String, Object>> found = objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
			assertThat(found).as(kind).hasSize(1);
			return found.get(0);
		}
	}

	private Rendered render(Consumer<TemplateCommand> values) {
		TemplateCommand template = new Helm(hooksAsPlainObjects()).template()
			.withName("mosaik")
			.withNamespace("mosaik")
			.withKubeVersion(KUBE_VERSION);
		values.accept(template);
		String yaml = template.call();
		List<Map<String, Object>> objects = new ArrayList<>();
		for (Object document : new Yaml().loadAll(yaml)) {
			if (document != null) {
				objects.add(map(document));
			}
		}
		return new Rendered(objects);
	}

	private Path copyWithValues(Map<String, Object> values) throws IOException {
		Path copy = copy("with-values");
		Files.writeString(copy.resolve("values.yaml"), new Yaml().dump(values));
		return copy;
	}

	/** A copy of the chart whose hooks render as plain objects (see the class comment). */
	private Path hooksAsPlainObjects() {
		try {
			Path copy = copy("hooks-as-objects");
			try (Stream<Path> templates = Files.list(copy.resolve("templates"))) {
				for (Path file : templates.toList()) {
					String text = Files.readString(file);
					Files.writeString(file, text.replace("helm.sh/hook", HOOK_PREFIX + "helm.sh/hook"));
				}
			}
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path copy(String name) throws IOException {
		Path copy = Files.createTempDirectory(temp, name).resolve("mosaik");
		try (Stream<Path> files = Files.walk(CHART)) {
			for (Path file : files.toList()) {
				Path target = copy.resolve(CHART.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		return copy;
	}

	/** The chart's values with the example's over them, as Helm merges a values file. */
	static Map<String, Object> merged(Path defaults, Path overrides) {
		return merge(map(load(defaults)), map(load(overrides)));
	}

	private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
		Map<String, Object> result = new LinkedHashMap<>(base);
		over.forEach((key, value) -> {
			Object existing = result.get(key);
			result.put(key, existing instanceof Map<?, ?> && value instanceof Map<?, ?> ? merge(map(existing), map(value)) : value);
		});
		return result;
	}

	private static Object load(Path file) {
		try {
			return new Yaml().load(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// navigating the rendered objects

	private static Map<String, Object> container(Map<String, Object> workload) {
		List<?> containers = (List<?>) path(workload, "spec", "template", "spec", "containers");
		assertThat(containers).hasSize(1);
		return map(containers.get(0));
	}

	private static List<Map<String, Object>> env(Map<String, Object> container) {
		List<?> env = (List<?>) container.get("env");
		return env == null ? List.of() : env.stream().map(HelmChartTest::map).toList();
	}

	private static String string(Map<String, Object> object, String... keys) {
		Object value = path(object, keys);
		return value == null ? null : value.toString();
	}

	static Object path(Map<String, Object> object, String... keys) {
		Object current = object;
		for (String key : keys) {
			if (!(current instanceof Map<?, ?> m)) {
				return null;
			}
			current = m.get(key);
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}
}
