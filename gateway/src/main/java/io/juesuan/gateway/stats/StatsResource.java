package io.juesuan.gateway.stats;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.gateway.changes.ChangeFeed;
import io.juesuan.gateway.web.CachedRead;
import io.juesuan.gateway.web.Examples;
import io.juesuan.gateway.web.JsonText;
import io.juesuan.gateway.web.QueryParams;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
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

@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics / 统计")
@PermitAll
public class StatsResource {

    private final Statistics statistics;
    private final Compliance compliance;
    private final ChangeFeed feed;
    private final ObjectMapper json;

    StatsResource(Statistics statistics, Compliance compliance, ChangeFeed feed, ObjectMapper json) {
        this.statistics = statistics;
        this.compliance = compliance;
        this.feed = feed;
        this.json = json;
    }

    @GET
    @Operation(summary = "Totals across the published disclosures of a year and division",
            description = "Total income and expenditure as table 01 prints them, 三公 actual and budget, procurement "
                    + "total with the SME and small-and-micro ratios (ratios of the sums, not averages of ratios), "
                    + "and how many evaluated projects got each grade. Amounts in 万元, ratios in %.")
    @APIResponse(responseCode = "200", description = "a prefecture", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "a prefecture", value = Examples.STATS)))
    public Response totals(@Context Request request,
                           @Parameter(description = "fiscal year, e.g. 2020", required = true)
                           @QueryParam("year") String year,
                           @Parameter(description = "division code or its prefix; the whole country when absent")
                           @QueryParam("division") String division) {
        Statistics.Totals totals = statistics.of(QueryParams.year(year), QueryParams.division(division));
        return CachedRead.ofBody(request, JsonText.write(json, json.valueToTree(totals)), Instant.now(), CachedRead.REVALIDATE,
                MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("/compliance")
    @Operation(summary = "Which departments have published the year's final accounts, and how soon after approval",
            description = "Disclosure is due within 20 days of the finance bureau's approval (批复). Each department "
                    + "the gateway has seen publish under the division is ON_TIME, LATE, PUBLISHED (no approval "
                    + "recorded) or NOT_PUBLISHED, with the days counted in China's calendar. The counts by status follow "
                    + "the list, which is written as it is read.")
    @APIResponse(responseCode = "200", description = "a district", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "a district", value = Examples.COMPLIANCE)))
    public Response compliance(@Context Request request,
                               @Parameter(description = "fiscal year, e.g. 2020", required = true)
                               @QueryParam("year") String year,
                               @Parameter(description = "division code or its prefix")
                               @QueryParam("division") String division) {
        int fiscalYear = QueryParams.year(year);
        String prefix = QueryParams.division(division);
        // any change the gateway applies moves the feed's head, and only a change can change the answer
        EntityTag tag = new EntityTag("compliance-" + fiscalYear + "-" + (prefix.isEmpty() ? "all" : prefix) + "-"
                + feed.head());
        return CachedRead.of(request, tag, Instant.now(), CachedRead.REVALIDATE, MediaType.APPLICATION_JSON,
                () -> compliance.of(fiscalYear, prefix));
    }

}
