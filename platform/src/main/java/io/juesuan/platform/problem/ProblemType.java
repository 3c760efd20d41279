package io.juesuan.platform.problem;

/** The kinds of problem the services answer with, each with a stable type URI, status and title. */
public enum ProblemType {
    INVALID_INPUT(400, "Invalid input / 输入有误"),
    UNREADABLE_BODY(400, "Unreadable request body / 请求体无法解析"),
    UNAUTHORIZED(401, "Sign-in required / 需要登录"),
    FORBIDDEN(403, "Not permitted / 无权操作"),
    NOT_FOUND(404, "Not found / 未找到"),
    METHOD_NOT_ALLOWED(405, "Method not allowed / 不支持的方法"),
    NOT_ACCEPTABLE(406, "Not acceptable / 不支持的响应格式"),
    CONFLICT(409, "Conflict / 状态冲突"),
    LENGTH_REQUIRED(411, "Length required / 须说明请求体长度"),
    PRECONDITION_FAILED(412, "Precondition failed / 版本已变更"),
    PAYLOAD_TOO_LARGE(413, "Payload too large / 请求体过大"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type / 不支持的请求格式"),
    UNPROCESSABLE(422, "Cannot be processed / 无法处理"),
    TOO_MANY_REQUESTS(429, "Too many requests / 请求过于频繁"),
    INTERNAL(500, "Internal error / 内部错误"),
    UPSTREAM_UNAVAILABLE(502, "Service unavailable / 后端服务暂不可用"),
    UNAVAILABLE(503, "Temporarily unavailable / 暂时无法处理");

    private static final String BASE = "https://juesuan.io/problems/";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return BASE + name().toLowerCase().replace('_', '-');
    }

    /** The type for a plain HTTP status raised by the framework. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != UNREADABLE_BODY && type != UNPROCESSABLE) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : INVALID_INPUT;
    }
}
