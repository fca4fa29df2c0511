package vn.ocop.platform.config;

import com.fasterxml.jackson.annotation.Nulls;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.validation.Validator;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;
import vn.ocop.platform.events.EventFactory;
import vn.ocop.platform.messaging.EventRouters;
import vn.ocop.platform.messaging.EventSources;
import vn.ocop.platform.messaging.StoreOutageRetry;
import vn.ocop.platform.outbox.AggregateWriter;
import vn.ocop.platform.outbox.OutboxProperties;
import vn.ocop.platform.outbox.OutboxRelay;
import vn.ocop.platform.outbox.RelayListener;
import vn.ocop.platform.outbox.RelayLock;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.OcopUserArgumentResolver;
import vn.ocop.platform.security.PlatformSecurityConfiguration;
import vn.ocop.platform.web.FallbackProblemAdvice;
import vn.ocop.platform.web.IdempotencyKeyFilter;
import vn.ocop.platform.web.ProblemAdvice;
import vn.ocop.platform.web.ProblemErrorController;
import vn.ocop.platform.web.ProblemWriter;
import vn.ocop.platform.web.RateLimitInterceptor;
import vn.ocop.platform.web.RateLimitProperties;
import vn.ocop.platform.web.TextInput;

/** Wires the platform's plumbing into each service: outbox relay, consumers, problems, security. */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"
        })
@EnableConfigurationProperties({OutboxProperties.class, RateLimitProperties.class})
@Import({PlatformSecurityConfiguration.class, ProblemAdvice.class, FallbackProblemAdvice.class})
public class PlatformAutoConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(OcopUser.class);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventFactory eventFactory(JsonMapper json, Clock clock, ObjectProvider<Tracer> tracer) {
        return new EventFactory(json, clock, tracer.getIfAvailable());
    }

    @Bean
    RelayLock relayLock(MongoTemplate mongo, Clock clock, @Value("${spring.application.name:service}") String app) {
        return new RelayLock(
                mongo, app + "@" + ManagementFactory.getRuntimeMXBean().getName(), clock);
    }

    @Bean
    OutboxRelay outboxRelay(
            MongoTemplate mongo,
            KafkaTemplate<String, byte[]> kafka,
            OutboxProperties props,
            RelayLock lock,
            MeterRegistry meters,
            ObjectProvider<RelayListener> listeners,
            @Value("${spring.application.name:service}") String app) {
        return new OutboxRelay(
                mongo,
                kafka,
                props,
                EventSources.ofApplication(app),
                lock,
                meters,
                listeners.orderedStream().toList());
    }

    @Bean
    AggregateWriter aggregateWriter(MongoTemplate mongo, OutboxRelay relay) {
        return new AggregateWriter(mongo, relay);
    }

    @Bean
    StoreOutageRetry storeOutageRetry(
            MeterRegistry meters, @Value("${ocop.consumer.store-outage-budget:PT4M}") Duration budget) {
        return new StoreOutageRetry(budget, meters);
    }

    @Bean
    EventRouters eventRouters(
            JsonMapper json,
            Validator validator,
            StoreOutageRetry retry,
            MeterRegistry meters,
            Environment environment) {
        return new EventRouters(json, validator, retry, meters, environment);
    }

    @Bean(name = "store")
    StoreHealthIndicator storeHealthIndicator(MongoTemplate mongo) {
        return new StoreHealthIndicator(mongo);
    }

    /**
     * Strict JSON input everywhere: duplicate keys and floats for integers are refused, text is NFC and
     * free of control characters and markup ({@link TextInput}); unknown fields are refused by the defaults.
     * A number or boolean is not silently turned into text, and a null inside a list or map is refused
     * (the path names it, e.g. {@code members[0]}) instead of reaching the code as a null element.
     */
    @Bean
    JsonMapperBuilderCustomizer ocopStrictJsonInput() {
        return builder -> builder.enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(tools.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(
                        LogicalType.Textual,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL))
                .addModule(new tools.jackson.databind.module.SimpleModule("ocop-text-input")
                        .addDeserializer(String.class, new TextInput.Deserializer()));
    }

    @Bean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(ProblemAdvice problems) {
        return new ProblemErrorController(problems);
    }

    /** Tomcat's own error answers (before Spring: oversized headers, malformed request lines) as problem+json. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory")
    static class TomcatProblems {
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> ocopTomcatErrorReports(ProblemWriter problems) {
            return new TomcatProblemReports(problems);
        }
    }

    @Bean
    RateLimitInterceptor rateLimitInterceptor(RateLimitProperties props, ProblemWriter problems, Clock clock) {
        return new RateLimitInterceptor(props, problems, clock);
    }

    @Bean
    WebMvcConfigurer ocopWebMvc(RateLimitInterceptor rateLimits) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new OcopUserArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(rateLimits).addPathPatterns("/api/**");
            }
        };
    }

    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(
            MongoTemplate mongo,
            ProblemWriter problems,
            Clock clock,
            @Value("${ocop.idempotency.max-body-bytes:1048576}") long maxBody,
            @Value("${ocop.idempotency.ttl:PT24H}") Duration ttl,
            @Value("${ocop.idempotency.pending-timeout:PT2M}") Duration pendingTimeout) {
        FilterRegistrationBean<IdempotencyKeyFilter> reg = new FilterRegistrationBean<>(
                new IdempotencyKeyFilter(mongo, problems, clock, maxBody, ttl, pendingTimeout));
        // after Spring Security (order -100): the key is scoped to the authenticated caller
        reg.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        reg.addUrlPatterns("/api/*");
        return reg;
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI ocopOpenApi(@Value("${spring.application.name:service}") String app) {
        return new OpenAPI()
                .info(new io.swagger.v3.oas.models.info.Info()
                        .title("OCOP " + app + " API")
                        .version("v1")
                        .license(new io.swagger.v3.oas.models.info.License()
                                .name("Apache-2.0")
                                .url("https://www.apache.org/licenses/LICENSE-2.0"))
                        .description("OCOP platform (Quảng Ngãi) — " + app + ". Errors are RFC 9457 problem+json "
                                + "with English `detail` and Vietnamese `detail_vi`."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
