package io.juesuan.platform.problem;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The single place where exceptions become RFC 9457 problem responses, for every service. Input problems name
 * the offending field as a dotted JSON path.
 */
public class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper(priority = 1)
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return respond(ProblemType.INVALID_INPUT, "输入有误 / invalid input: " + fields, uri, errors);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JacksonException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping.getPath());
            String message = messageFor(mapping);
            return respond(ProblemType.INVALID_INPUT, "输入有误 / invalid input: " + field, uri,
                    List.of(new Problem.FieldError(field, message)));
        }
        return respond(ProblemType.UNREADABLE_BODY, "请求体不是有效的 JSON / the body is not valid JSON: "
                + e.getOriginalMessage(), uri, List.of());
    }

    /** Named explicitly: Quarkus ships its own mappers for these two, which would win over the general one. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JacksonException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        return respond(ProblemType.forStatus(status), e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("unexpected failure on " + uri.getPath(), e);
        return respond(ProblemType.INTERNAL, "服务器内部错误 / unexpected server error", uri, List.of());
    }

    private static Response respond(ProblemType type, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(), errors);
        Response.ResponseBuilder response = Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body);
        if (type == ProblemType.UNAUTHORIZED) {
            // RFC 6750: the scheme the client should sign in with
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }

    /**
     * {@code put.document.income[0].amount} becomes {@code income[0].amount}: the method and body parameter are
     * dropped. A violation on a path or query parameter itself is named after that parameter.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        List<Path.Node> properties = nodes.stream()
                .filter(n -> n.getKind() != ElementKind.METHOD && n.getKind() != ElementKind.PARAMETER)
                .toList();
        if (properties.isEmpty()) {
            return nodes.isEmpty() ? "body" : nodes.get(nodes.size() - 1).getName();
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : properties) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.toString();
    }

    private static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String messageFor(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "未知字段 / unknown field";
        }
        if (e instanceof InvalidFormatException format) {
            return "值 \"" + format.getValue() + "\" 不是有效的 " + simpleName(format.getTargetType())
                    + " / not a valid " + simpleName(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "类型不符，应为 " + simpleName(mismatch.getTargetType())
                    + " / wrong type, expected " + simpleName(mismatch.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return type.getSimpleName();
    }
}
