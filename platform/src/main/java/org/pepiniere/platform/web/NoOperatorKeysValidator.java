package org.pepiniere.platform.web;

import java.util.Collection;
import java.util.Map;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class NoOperatorKeysValidator implements ConstraintValidator<NoOperatorKeys, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        return safe(value);
    }

    static boolean safe(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().allMatch(entry -> safeKey(entry.getKey()) && safe(entry.getValue()));
        }
        if (value instanceof Collection<?> items) {
            return items.stream().allMatch(NoOperatorKeysValidator::safe);
        }
        return true;
    }

    private static boolean safeKey(Object key) {
        String name = String.valueOf(key);
        return !name.isEmpty() && !name.startsWith("$") && !name.contains(".") && name.indexOf('\0') < 0;
    }
}
