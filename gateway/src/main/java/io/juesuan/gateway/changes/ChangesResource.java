package io.juesuan.gateway.changes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.juesuan.gateway.readmodel.ChangeEntry;
import io.juesuan.gateway.readmodel.Part;
import io.juesuan.gateway.web.CachedRead;
import io.juesuan.gateway.web.Examples;
import io.juesuan.gateway.web.JsonText;
import io.juesuan.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change feed / 变更订阅")
@PermitAll
public class ChangesResource {

    private final ChangeFeed feed;
    private final ObjectMapper json;

    ChangesResource(ChangeFeed feed, ObjectMapper json) {
        this.feed = feed;
        this.json = json;
    }

    @GET
    @Operation(summary = "Every publication and correction after a sequence, in order and without gaps",
            description = "Store the next value of a page and pass it as after on the next call: nothing is missed "
                    + "and nothing is seen twice, across gateway restarts, replays and replicas. Start from 0.")
    @APIResponse(responseCode = "200", description = "a correction in the feed", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "a correction in the feed", value = Examples.CHANGES)))
    public Response changes(@Context Request request,
                            @Parameter(description = "the last sequence already seen; 0 for the start")
                            @QueryParam("after") @DefaultValue("0") String after,
                            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        long start = sequence(after);
        List<ChangeEntry> entries = feed.after(start, limit);
        ObjectNode page = json.createObjectNode();
        ArrayNode array = page.putArray("entries");
        Instant lastModified = Instant.EPOCH;
        for (ChangeEntry entry : entries) {
            ObjectNode node = array.addObject();
            node.put("sequence", entry.sequence());
            node.put("departmentCode", entry.departmentCode());
            node.put("year", entry.year());
            node.put("part", Part.ofAggregateType(entry.part()).map(Part::field).orElse(entry.part()));
            node.put("partVersion", entry.partVersion());
            node.put("version", entry.version());
            node.put("kind", entry.kind());
            node.put("reason", entry.reason());
            node.put("publishedAt", entry.publishedAt().toInstant().toString());
            node.put("href", "/api/v1/disclosures/" + entry.departmentCode() + "/" + entry.year()
                    + "?version=" + entry.version());
            lastModified = entry.recordedAt().toInstant();
        }
        long next = entries.isEmpty() ? start : entries.get(entries.size() - 1).sequence();
        page.put("next", next);
        page.put("head", Math.max(feed.head(), next));
        Response response = CachedRead.ofBody(request, JsonText.write(json, page), lastModified, CachedRead.REVALIDATE,
                MediaType.APPLICATION_JSON);
        return Response.fromResponse(response)
                .header("Link", "</api/v1/changes?after=" + next + "&limit=" + limit + ">; rel=\"next\"").build();
    }

    private static long sequence(String after) {
        try {
            long sequence = Long.parseLong(after);
            if (sequence >= 0) {
                return sequence;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField("after", "须为非负整数，即已读到的最后序号 / the last sequence seen, 0 or more");
    }

}
