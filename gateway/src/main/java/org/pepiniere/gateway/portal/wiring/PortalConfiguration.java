package org.pepiniere.gateway.portal.wiring;

import org.pepiniere.gateway.portal.PortalPages;
import org.pepiniere.gateway.portal.web.PortalHeaders;
import org.pepiniere.gateway.portal.web.ShellRoutes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    @Bean
    RouterFunction<ServerResponse> portalShell(@Value("classpath:/static/index.html") Resource shell) {
        return ShellRoutes.of(PortalPages.ROUTES, shell);
    }

    @Bean
    PortalHeaders portalHeaders() {
        return new PortalHeaders(PortalPages.all());
    }
}
