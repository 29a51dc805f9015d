package de.mosaik.infra.pool;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's pool, as every user of the data source gets it: failing fast while the database is away. */
@Configuration(proxyBeanMethods = false)
public class PoolConfiguration {

	@Bean
	static BeanPostProcessor failFastPool() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof HikariDataSource pool ? new FailFastDataSource(pool) : bean;
			}
		};
	}
}
