package io.juesuan.platform.part;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.outbox.Outbox;
import io.juesuan.platform.problem.ProblemException;
import io.juesuan.platform.problem.ProblemType;
import io.juesuan.platform.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/**
 * Publishes a part: a new immutable version and its event in the outbox, in the caller's transaction, so both
 * exist or neither does. A later publication is a correction (更正) and must give its reason.
 */
@ApplicationScoped
public class PartPublisher {

    private final Outbox outbox;
    private final ObjectMapper json;
    private final Event<PartPublished> published;
    /** The request's identity (a request-scoped proxy): who publishes. */
    private final SecurityIdentity identity;

    PartPublisher(Outbox outbox, ObjectMapper json, Event<PartPublished> published, SecurityIdentity identity) {
        this.identity = identity;
        this.published = published;
        this.outbox = outbox;
        this.json = json;
    }

    /**
     * Publishes the part unless a finding is an error.
     *
     * @param findings   the part's current findings; errors block publication, warnings don't
     * @param snapshotOf builds the published document from the publication's facts
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PublicationView publish(DepartmentYearPart part, PartKind kind, PublishRequest request,
                                     List<Finding> findings, Function<Publication, Object> snapshotOf) {
        if (part.status() == PartStatus.PUBLISHED) {
            throw new ProblemException(ProblemType.CONFLICT, "版本 " + part.publishedVersion
                    + " 已公开且此后无修改 / version " + part.publishedVersion + " is already published, unchanged since");
        }
        PartWorkflow.requireSubmitted(part);
        requireNoErrors(findings, "公开");
        String correctionReason = request.reason();
        boolean correction = part.publishedVersion > 0;
        if (correction && (correctionReason == null || correctionReason.isBlank())) {
            throw ProblemException.invalidField("reason", "更正须说明原因 / a correction must state its reason");
        }
        Approval approval = request.approval();
        if (approval != null) {
            part.approvalNumber = approval.number();
            part.approvalDate = approval.date();
        }
        Publication publication = new Publication(part.publishedVersion + 1, OffsetDateTime.now(ZoneOffset.UTC),
                correction ? correctionReason.strip() : null,
                part.approvalNumber == null ? null : new Approval(part.approvalNumber, part.approvalDate));
        part.publishedVersion = publication.publishedVersion();
        part.publishedRevision = part.revision;
        part.publishedAt = publication.publishedAt();
        part.publishedBy = Caller.of(identity).subject();

        // one tree for the stored copy, the event and the findings count, instead of serializing three times
        JsonNode snapshot = json.valueToTree(snapshotOf.apply(publication));
        PublishedSnapshot stored = new PublishedSnapshot();
        stored.aggregateType = kind.aggregateType();
        stored.aggregateId = part.key();
        stored.publishedVersion = publication.publishedVersion();
        stored.publishedAt = publication.publishedAt();
        stored.correctionReason = publication.correctionReason();
        if (publication.approval() != null) {
            stored.approvalNumber = publication.approval().number();
            stored.approvalDate = publication.approval().date();
        }
        stored.publishedBy = part.publishedBy;
        stored.payload = toJson(snapshot);
        stored.persist();
        outbox.record(kind.aggregateType(), part.key(), kind.eventType(), publication.publishedVersion(), snapshot);
        published.fire(new PartPublished(kind, snapshot.path("findings")));
        return PublicationView.of(stored);
    }

    /** Errors block a workflow step (提交, 公开); warnings don't. */
    static void requireNoErrors(List<Finding> findings, String step) {
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, errors.size() + " 项错误须先更正方可" + step
                    + " / errors block this step, first: " + errors.get(0).message());
        }
    }

    private String toJson(JsonNode snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot cannot be serialized", e);
        }
    }
}
