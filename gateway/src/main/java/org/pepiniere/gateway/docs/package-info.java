/** API documentation: the gateway's own OpenAPI document and one Swagger UI over every service's. */
@NullMarked
package org.pepiniere.gateway.docs;

import org.jspecify.annotations.NullMarked;
