package vn.tinhso.notification.sms;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.notification.outbox.NotificationProperties;

/** The HTTP JSON gateway, unless the province declared a {@link SmsGateway} of its own. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    SmsGateway httpSmsGateway(NotificationProperties properties, JsonMapper json) {
        return new HttpSmsGateway(properties.sms(), json);
    }
}
