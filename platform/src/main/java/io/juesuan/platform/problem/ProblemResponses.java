package io.juesuan.platform.problem;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
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
        String field = e instanceof StreamReadException read ? fieldBeingRead(read) : "";
        return respond(ProblemType.UNREADABLE_BODY, "请求体不是有效的 JSON / the body is not valid JSON: "
                + e.getOriginalMessage(), uri, field.isEmpty() ? List.of()
                : List.of(new Problem.FieldError(field, e.getOriginalMessage())));
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

    /** No token where the endpoint needs one (or one that failed to verify): 401 with the Bearer challenge. */
    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(ProblemType.UNAUTHORIZED, "请使用令牌登录 / send a bearer token", uri, List.of());
    }

    @ServerExceptionMapper(priority = 1)
    public Response failedSignIn(AuthenticationFailedException e, UriInfo uri) {
        return respond(ProblemType.UNAUTHORIZED, "令牌无效 / the bearer token is not valid", uri, List.of());
    }

    /** A token that does not permit this endpoint for this department (or at all): 403. */
    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "令牌无权执行此操作（角色、部门或区划不符）/ the token does not permit "
                + "this: its role, department or division does not cover it", uri, List.of());
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
        switch (DatabaseRefusal.of(e)) {
            case CONCURRENT_CHANGE -> {
                LOG.infof("a concurrent change refused on %s: %s", uri.getPath(), e.getMessage());
                return retryAfter(respond(ProblemType.CONFLICT, "同时有另一修改，本次未保存，请重试 / a concurrent "
                        + "change got there first; nothing was stored: send the request again", uri, List.of()), 1);
            }
            case UNREACHABLE -> {
                LOG.warnf("the database is not reachable on %s: %s", uri.getPath(), e.getMessage());
                return retryAfter(respond(ProblemType.UNAVAILABLE, "数据库暂时无法访问，本次未保存，请稍后重试 / the "
                        + "database cannot be reached; nothing was stored: try again shortly", uri, List.of()), 5);
            }
            case NONE -> {
            }
        }
        SQLException data = dataException(e);
        if (data != null) {
            // the input checks missed a value the database cannot hold; the transaction rolled back whole
            LOG.warnf("a value the database refused on %s (SQLSTATE %s): %s", uri.getPath(), data.getSQLState(),
                    data.getMessage());
            return respond(ProblemType.INVALID_INPUT, "输入的值无法保存（超出范围或含非法字符）/ a value cannot be "
                    + "stored: out of range or not text", uri, List.of());
        }
        LOG.error("unexpected failure on " + uri.getPath(), e);
        return respond(ProblemType.INTERNAL, "服务器内部错误 / unexpected server error", uri, List.of());
    }

    /** A database refusal of a value (SQLSTATE class 22, data exception) among the causes, or null. */
    private static SQLException dataException(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return sql;
            }
        }
        return null;
    }

    private static Response retryAfter(Response response, int seconds) {
        return Response.fromResponse(response).header("Retry-After", String.valueOf(seconds)).build();
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

    /**
     * Where the parser stood when the body stopped being JSON (a key given twice, a string too long), as a dotted
     * path such as {@code stated.2011301}; empty at the top level or when nothing says.
     */
    private static String fieldBeingRead(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null) {
            return "";
        }
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext at = parser.getParsingContext(); at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                steps.add(0, "[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.getCurrentName() != null) {
                steps.add(0, at.getCurrentName());
            }
        }
        StringBuilder field = new StringBuilder();
        for (String step : steps) {
            field.append(field.length() > 0 && !step.startsWith("[") ? "." : "").append(step);
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
