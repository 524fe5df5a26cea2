package org.pepiniere.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A map whose keys become MongoDB field names: a key that starts with {@code $} (an operator) or
 * holds a {@code .} (a path) is refused, at any depth, so a request can never shape a query or an update.
 */
@Documented
@Constraint(validatedBy = NoOperatorKeysValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoOperatorKeys {

    String message() default "keys must not start with '$' nor contain '.'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
