package io.juesuan.platform.part;

import io.juesuan.platform.problem.ProblemException;
import io.juesuan.platform.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;

/** ETags from revisions, and the If-Match check that prevents lost updates. */
public final class Revisions {

    private Revisions() {
    }

    public static EntityTag etag(long revision) {
        return new EntityTag("r" + revision);
    }

    /** Throws 412 when the client's If-Match names another revision; no header means no condition. */
    public static void checkIfMatch(String ifMatch, long currentRevision) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return;
        }
        String expected = "\"" + etag(currentRevision).getValue() + "\"";
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals(expected)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED, "数据已被他人修改，当前修订号为 " + currentRevision
                + " / the record changed since you read it; current revision " + currentRevision);
    }
}
