# The Mosaik image for the Helm chart: the Spring Boot jar on a JRE, run as an unprivileged user,
# with nothing to write but /tmp (the chart mounts an emptyDir there and makes the root read-only).
# Build the jar first:  mvn -B -DskipTests package
# then:                 docker build -t registry.example.org/mosaik/mosaik:0.1.0 .
FROM eclipse-temurin:17-jre

RUN groupadd --system --gid 10001 mosaik \
 && useradd --system --uid 10001 --gid mosaik --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin mosaik

WORKDIR /app
COPY web-api/target/web-api-*.jar /app/mosaik.jar

USER 10001:10001
EXPOSE 8080
# MOSAIK_MODE=migrate (the chart's migration Job) runs the migrations and exits with their outcome
ENTRYPOINT ["java", "-jar", "/app/mosaik.jar"]
