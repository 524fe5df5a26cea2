package org.pepiniere.gateway.identity;

import reactor.core.publisher.Mono;

/** Signs the token that tells every service who the user is, in which incubator, with which roles. */
public interface TokenIssuer {

    Mono<AccessToken> issue(User user);
}
