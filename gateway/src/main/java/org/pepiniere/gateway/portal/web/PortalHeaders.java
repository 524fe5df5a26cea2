package org.pepiniere.gateway.portal.web;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.header.CompositeServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ContentSecurityPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.HttpHeaderWriterWebFilter;
import org.springframework.security.web.server.header.PermissionsPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ServerWebExchangeDelegatingServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XContentTypeOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcherEntry;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * The portal's security headers, written by Spring Security's header writers on the portal's paths only.
 * The security filter chain is the platform's, shared by every service, so the portal adds its headers beside
 * it rather than in it; Swagger UI (which needs inline scripts) and the API keep theirs. It runs before the
 * chain, so that a 401 on a portal path carries them too.
 */
public final class PortalHeaders implements WebFilter, Ordered {

    /**
     * Only the portal's own files: no inline script or style, no frame, no plug-in, forms and requests to
     * the gateway only.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The portal uses none of these browser features; a page that could be injected gets none of them either. */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=(), browsing-topics=()";

    private final WebFilter writing;

    public PortalHeaders(List<String> portalPaths) {
        var csp = new ContentSecurityPolicyServerHttpHeadersWriter();
        csp.setPolicyDirectives(CONTENT_SECURITY_POLICY);
        var referrer = new ReferrerPolicyServerHttpHeadersWriter();
        referrer.setPolicy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN);
        var permissions = new PermissionsPolicyServerHttpHeadersWriter();
        permissions.setPolicy(PERMISSIONS_POLICY);
        ServerHttpHeadersWriter headers = new CompositeServerHttpHeadersWriter(csp, referrer, permissions,
                new XContentTypeOptionsServerHttpHeadersWriter());
        var onPortalPaths = new ServerWebExchangeMatcherEntry<>(
                ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, portalPaths.toArray(String[]::new)), headers);
        this.writing = new HttpHeaderWriterWebFilter(new ServerWebExchangeDelegatingServerHttpHeadersWriter(onPortalPaths));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return writing.filter(exchange, chain);
    }

    @Override
    public int getOrder() {
        // the security chain (WebFilterChainProxy) runs at -100
        return -200;
    }
}
