package io.juesuan.platform.web;

import io.juesuan.platform.problem.ProblemException;
import io.juesuan.platform.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Each endpoint takes a body only up to its limit: {@link #DEFAULT_BYTES} for a document, more where a method says
 * so with {@link BodyLimit}; a body declared larger is refused before it is parsed (413). {@link RequestSize} has
 * already refused, before routing, any body larger than {@link #LARGEST_BYTES} or of unstated length. Together with
 * the parser's limits on strings, numbers and nesting, no single request can fill a service's heap.
 */
public class BodySize {

    /** Two megabytes: a department-year's whole final accounts document is under 100 KB. */
    public static final long DEFAULT_BYTES = 2L * 1024 * 1024;
    /** A file of contracts: about 10,000 lines. */
    public static final long IMPORT_BYTES = 4L * 1024 * 1024;
    /** A year's batch of up to 100 department-years: the most any request may carry. */
    public static final long LARGEST_BYTES = 10L * 1024 * 1024;

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        long limit = limitOf(resource);
        long declared = RequestSize.declared(length);
        if (declared > limit) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "请求体过大：" + declared + " 字节，此处最多 "
                    + limit + " 字节 / the body is " + declared + " bytes; this endpoint takes at most " + limit);
        }
    }

    private static long limitOf(ResourceInfo resource) {
        BodyLimit limit = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(BodyLimit.class);
        return limit == null ? DEFAULT_BYTES : limit.value();
    }
}
