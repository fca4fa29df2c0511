package vn.ocop.notification.unit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.notification.template.TemplateRenderer;

@Configuration(proxyBeanMethods = false)
class UnitConfiguration {

    @Bean
    UnitDirectory unitDirectory(JsonMapper json) {
        return new UnitDirectory(json);
    }

    @Bean
    TemplateRenderer templateRenderer() {
        return new TemplateRenderer();
    }
}
