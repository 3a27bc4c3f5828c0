package vn.tinhso.shared.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import vn.tinhso.shared.ProblemResponses;

/** Vietnamese first, English second, chosen by {@code Accept-Language}. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setDefaultLocale(ProblemResponses.VIETNAMESE);
        resolver.setSupportedLocales(List.of(ProblemResponses.VIETNAMESE, Locale.ENGLISH));
        return resolver;
    }
}
