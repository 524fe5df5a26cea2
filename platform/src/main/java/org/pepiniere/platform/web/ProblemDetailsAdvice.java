package org.pepiniere.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.pepiniere.platform.web.Problems.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.propertyeditors.CustomNumberEditor;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.Errors;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of every service as RFC 9457 problem details: which field, and why. No stack traces
 * and no internals reach the caller.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    public ProblemDetailsAdvice() {
        ProblemTexts.load();
    }

    /** A number given empty ({@code ?limit=}) is refused, like any other number that does not parse. */
    @InitBinder
    void refuseEmptyNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(int.class, new CustomNumberEditor(Integer.class, false));
        binder.registerCustomEditor(Integer.class, new CustomNumberEditor(Integer.class, false));
        binder.registerCustomEditor(long.class, new CustomNumberEditor(Long.class, false));
        binder.registerCustomEditor(Long.class, new CustomNumberEditor(Long.class, false));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex, HttpHeaders headers,
            HttpStatusCode status, ServerWebExchange exchange) {
        return ProblemTexts.language(exchange).flatMap(locale -> respond(describeInputProblem(ex, locale), locale, exchange));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex, HttpHeaders headers,
            HttpStatusCode status, ServerWebExchange exchange) {
        return ProblemTexts.language(exchange).flatMap(locale -> respond(invalidFields(bindingProblems(ex, locale), locale),
                locale, exchange));
    }

    /**
     * Path and query parameters (and bodies) that break their constraints, as Spring's built-in method
     * validation reports them: controllers are never {@code @Validated}, whose proxy would throw around this.
     */
    @Override
    protected Mono<ResponseEntity<Object>> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        return ProblemTexts.language(exchange).flatMap(locale -> {
            var fields = ex.getParameterValidationResults().stream()
                    .flatMap(result -> result instanceof ParameterErrors errors
                            ? bindingProblems(errors, locale).stream()
                            : result.getResolvableErrors().stream().map(error -> new FieldProblem(
                                    parameterName(result.getMethodParameter()), ConstraintReasons.of(error, locale))))
                    .toList();
            return respond(invalidFields(fields, locale), locale, exchange);
        });
    }

    @ExceptionHandler(DuplicateKeyException.class)
    Mono<ResponseEntity<Object>> duplicate(DuplicateKeyException ex, ServerWebExchange exchange) {
        return ProblemTexts.language(exchange).flatMap(locale -> respond(Problems.problem(HttpStatus.CONFLICT,
                "already-exists", "Already exists", ProblemTexts.text(locale, "already-exists.detail")), locale, exchange));
    }

    @ExceptionHandler(AccessDeniedException.class)
    Mono<ResponseEntity<Object>> denied(AccessDeniedException ex, ServerWebExchange exchange) {
        return ProblemTexts.language(exchange).flatMap(locale -> respond(
                Problems.forbidden(ProblemTexts.text(locale, "forbidden.detail")).getBody(), locale, exchange));
    }

    @ExceptionHandler(Exception.class)
    Mono<ResponseEntity<Object>> unexpected(Exception ex, ServerWebExchange exchange) {
        log.error("Unexpected failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
        return ProblemTexts.language(exchange).flatMap(locale -> respond(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error", "Internal error", ProblemTexts.text(locale, "internal-error.detail")), locale, exchange));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, ServerWebExchange exchange) {
        // Spring hands an ErrorResponse over with no body and reads the response's own problem later
        Object problemBody = body == null && ex instanceof ErrorResponse response ? response.getBody() : body;
        if (!(problemBody instanceof ProblemDetail problem)) {
            return super.handleExceptionInternal(ex, body, headers, status, exchange);
        }
        return ProblemTexts.language(exchange)
                .doOnNext(locale -> localize(ex, problem, locale, exchange))
                .then(Mono.defer(() -> super.handleExceptionInternal(ex, problem, headers, status, exchange)));
    }

    private static void localize(Exception ex, ProblemDetail problem, Locale locale, ServerWebExchange exchange) {
        ProblemTexts.localizeTitle(problem, locale);
        if (ex instanceof ErrorResponse response && response.getDetailMessageCode() != null
                && ProblemTexts.has(response.getDetailMessageCode())) {
            Object[] arguments = response.getDetailMessageArguments();
            problem.setDetail(ProblemTexts.text(locale, response.getDetailMessageCode(), arguments == null ? new Object[0] : arguments));
        }
        if (ex instanceof FieldsRefused refused) {
            problem.setProperty("errors", refused.in(locale));
        }
        problem.setInstance(instance(exchange));
    }

    private Mono<ResponseEntity<Object>> respond(ProblemDetail problem, Locale locale, ServerWebExchange exchange) {
        ProblemTexts.localizeTitle(problem, locale);
        problem.setInstance(instance(exchange));
        return Mono.just(ResponseEntity.status(problem.getStatus()).body(problem));
    }

    /**
     * The path the caller asked for, as a relative reference (RFC 9457 allows it): the service's own
     * address means nothing outside, and the gateway routes every path unchanged.
     */
    static URI instance(ServerWebExchange exchange) {
        return URI.create(exchange.getRequest().getPath().value());
    }

    static ProblemDetail describeInputProblem(ServerWebInputException ex, Locale locale) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof MissingRequestValueException missing) {
                return fieldProblem(missing.getName(), ProblemTexts.text(locale, "field.missing"), locale);
            }
            if (cause instanceof TypeMismatchException && ex.getMethodParameter() != null) {
                return fieldProblem(parameterName(ex.getMethodParameter()), ProblemTexts.text(locale, "field.wrong-type"), locale);
            }
            if (cause instanceof DataBufferLimitException) {
                return Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
                        ProblemTexts.text(locale, "payload-too-large.detail"));
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return fieldProblem(path(unknown), ProblemTexts.text(locale, "field.unknown"), locale);
            }
            if (cause instanceof InvalidFormatException invalid) {
                String reason = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                        ? ProblemTexts.text(locale, "field.unknown-value", enumValues(invalid.getTargetType()))
                        : ProblemTexts.text(locale, "field.wrong-format");
                return fieldProblem(path(invalid), reason, locale);
            }
            if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
                return fieldProblem(path(databind), ProblemTexts.text(locale, "field.wrong-type"), locale);
            }
            if (cause instanceof StreamReadException) {
                return Problems.problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                        ProblemTexts.text(locale, "malformed-json.detail"));
            }
            if (cause instanceof JacksonException) {
                return Problems.problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                        ProblemTexts.text(locale, "unreadable-json.detail"));
            }
        }
        return Problems.problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", ProblemTexts.text(locale, "bad-request.detail"));
    }

    private static ProblemDetail fieldProblem(String field, String reason, Locale locale) {
        return invalidFields(List.of(new FieldProblem(field, reason)), locale);
    }

    private static ProblemDetail invalidFields(List<FieldProblem> fields, Locale locale) {
        var problem = Problems.invalidFields(fields).getBody();
        problem.setDetail(ProblemTexts.text(locale, "invalid-request.detail", fields.size()));
        return problem;
    }

    private static String path(DatabindException ex) {
        return ex.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String enumValues(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static List<FieldProblem> bindingProblems(Errors errors, Locale locale) {
        var fields = errors.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), ConstraintReasons.of(error, locale)));
        var global = errors.getGlobalErrors().stream()
                .map(error -> new FieldProblem(error.getObjectName(), ConstraintReasons.of(error, locale)));
        return Stream.concat(fields, global).toList();
    }

    /** The name the caller used: the one a {@code @RequestParam} or {@code @PathVariable} gives, else the Java name. */
    private static String parameterName(MethodParameter parameter) {
        var query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null && !query.name().isEmpty()) {
            return query.name();
        }
        var path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        return String.valueOf(parameter.getParameterName());
    }
}
