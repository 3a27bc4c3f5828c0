package vn.tinhso.identity.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code tinhso.identity.*} in every kind of start (web, and commands such as the audit verifier). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityPropertiesConfiguration {
}
