package org.pepiniere.platform.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;

/**
 * Why a value broke a Bean Validation constraint, in the caller's language. A constraint whose
 * {@code message} is a {@code {key}} of the problem texts reads that text; the others read
 * {@code constraint.<Name>} (for example {@code constraint.Size}), whose {@code {1}}, {@code {2}}… are the
 * constraint's attributes in alphabetical order, as Spring passes them.
 */
final class ConstraintReasons {

    private static final Pattern KEY = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");

    static String of(MessageSourceResolvable error, Locale locale) {
        Object[] arguments = arguments(error);
        String message = error.getDefaultMessage();
        if (message != null) {
            var key = KEY.matcher(message);
            if (key.matches() && ProblemTexts.has(key.group(1))) {
                return ProblemTexts.text(locale, key.group(1), arguments);
            }
        }
        String[] codes = error.getCodes();
        if (codes != null) {
            for (String code : codes) {
                if (ProblemTexts.has("constraint." + code)) {
                    return ProblemTexts.text(locale, "constraint." + code, arguments);
                }
            }
        }
        return ProblemTexts.text(locale, "field.invalid");
    }

    private static Object[] arguments(MessageSourceResolvable error) {
        Object[] given = error.getArguments();
        if (given == null) {
            return new Object[0];
        }
        return Arrays.stream(given)
                .map(argument -> argument instanceof MessageSourceResolvable resolvable ? resolvable.getDefaultMessage() : argument)
                .toArray();
    }

    private ConstraintReasons() {
    }
}
