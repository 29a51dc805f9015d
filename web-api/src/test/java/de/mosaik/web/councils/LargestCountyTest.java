package de.mosaik.web.councils;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.core.tenancy.Role;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Eifelkreis Bitburg-Prüm, the county with the most members (233), onboarded in one action. */
class LargestCountyTest extends IntegrationTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	@Autowired
	Tenants tenants;

	@Test
	void eifelkreisBitburgPruemIsOnboardedWithAllItsMembers() throws Exception {
		fixtures.grant("big-operator", null, Role.PLATFORM_OPERATOR);
		Api operator = Api.as(new Tokens(encoder).forSubject("big-operator"));
		Api.Response started = operator.post("/api/v1/platform/onboarding-jobs", Map.of("ags", "07232"));
		assertThat(started.status()).isEqualTo(202);
		assertThat(started.json().get("total").asInt()).isEqualTo(234);

		Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
		JsonNode job = operator.get(started.header("Location")).json();
		int lastProgress = -1;
		boolean sawProgressBetween = false;
		while (job.get("finishedAt").isNull() && Instant.now().isBefore(deadline)) {
			int percent = job.get("percent").asInt();
			sawProgressBetween |= percent > 0 && percent < 100 && percent != lastProgress;
			lastProgress = percent;
			Thread.sleep(250);
			job = operator.get(started.header("Location")).json();
		}
		assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(job.get("done").asInt()).isEqualTo(234);
		assertThat(sawProgressBetween).as("progress was visible while the job ran").isTrue();
		assertThat(tenants.findByAgs("07232").orElseThrow().getStatus()).isEqualTo(TenantStatus.ACTIVE);
		assertThat(tenants.findByParentId(tenants.findByAgs("07232").orElseThrow().getId()))
			.hasSize(233)
			.allSatisfy(member -> assertThat(member.getStatus()).isEqualTo(TenantStatus.ACTIVE));
	}
}
