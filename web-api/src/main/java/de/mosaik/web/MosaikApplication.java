package de.mosaik.web;

import java.time.Clock;

import de.mosaik.web.ops.Mode;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Mosaik: integration management for German counties and their member municipalities. */
@SpringBootApplication(scanBasePackages = "de.mosaik")
@EnableJpaRepositories(basePackages = "de.mosaik")
@EntityScan(basePackages = "de.mosaik")
@EnableScheduling
public class MosaikApplication {

	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(MosaikApplication.class, args);
		if (Mode.isMigrate(context.getEnvironment())) {
			// the migration Job: done, and the exit code says how it went (see MigrationJob)
			System.exit(SpringApplication.exit(context));
		}
	}

	/**
	 * Scheduling adds a task scheduler, which is an executor too: work handed to "the" executor (jobs,
	 * migration runs) goes to Boot's application executor.
	 */
	@Bean
	static BeanFactoryPostProcessor applicationExecutorIsPrimary() {
		return beans -> {
			if (beans.containsBeanDefinition("applicationTaskExecutor")) {
				beans.getBeanDefinition("applicationTaskExecutor").setPrimary(true);
			}
		};
	}

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}
}
