package org.pepiniere.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.pepiniere.contracts.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is a JWT resource server: it checks the token itself, whatever the gateway did
 * (signature, dates, issuer, audience, user and tenant: {@link TokenChecks}), and reads the tenant and
 * roles from it. Public paths are the health probes, the API documents and those a service lists in
 * {@code pepiniere.security.public-paths}; the other actuator endpoints (metrics, info) need a staff token.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration")
@EnableWebFluxSecurity
public class PlatformSecurityConfiguration {

    static final String[] ALWAYS_PUBLIC = {"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**"};

    /** Metrics and build details help an attacker as much as an operator: only staff read them. */
    static final String[] OPERATORS_ONLY = {"/actuator", "/actuator/**"};

    /**
     * Added by Spring Boot to the decoder it builds from {@code spring.security.oauth2.resourceserver.jwt.*};
     * a service (the gateway) that builds its own decoder adds {@link TokenChecks} itself.
     */
    @Bean
    OAuth2TokenValidator<Jwt> pepiniereTokenChecks(@Value("${pepiniere.security.issuer}") String issuer,
            @Value("${pepiniere.security.audience}") String audience) {
        return TokenChecks.of(issuer, audience);
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(JsonMapper json) {
        return new ProblemSecurityHandlers(json);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityWebFilterChain.class)
    SecurityWebFilterChain pepiniereSecurity(ServerHttpSecurity http, ProblemSecurityHandlers problems,
            Environment environment) {
        // bound rather than injected with @Value, so that both a YAML list and a comma-separated value work
        var publicPaths = Binder.get(environment).bind("pepiniere.security.public-paths", Bindable.listOf(String.class))
                .orElse(List.of());
        var open = new ArrayList<>(List.of(ALWAYS_PUBLIC));
        publicPaths.stream().filter(path -> !path.isBlank()).forEach(open::add);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // Stateless: the token is the whole identity. The default repository and request cache ask for a
                // web session on every request, and creating one draws a random id on another thread, then hops
                // to a third one: two thread switches and a lock per request, for a session nobody reads.
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .matchers(new AnyPath(open)).permitAll()
                        .matchers(new AnyPath(List.of(OPERATORS_ONLY))).hasRole(Role.STAFF.name())
                        .anyExchange().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(PlatformSecurityConfiguration::authentication))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    @Bean
    WebFluxConfigurer currentUserArguments() {
        return new WebFluxConfigurer() {
            @Override
            public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
                configurer.addCustomResolver(new CurrentUserArgumentResolver());
            }
        };
    }

    static Mono<AbstractAuthenticationToken> authentication(Jwt jwt) {
        List<GrantedAuthority> authorities = CurrentUser.roles(jwt.getClaim(CurrentUser.ROLES_CLAIM)).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return Mono.just(new JwtAuthenticationToken(jwt, authorities, jwt.getSubject()));
    }

    /** For services that build their own chain and want the same role mapping. */
    public static Converter<Jwt, Mono<AbstractAuthenticationToken>> roleConverter() {
        return PlatformSecurityConfiguration::authentication;
    }
}
