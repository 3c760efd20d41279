package io.juesuan.gateway.stats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.juesuan.gateway.web.CachedRead;
import io.juesuan.gateway.web.Examples;
import io.juesuan.gateway.web.JsonText;
import io.juesuan.gateway.web.QueryParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics / 统计")
public class StatsResource {

    private final Statistics statistics;
    private final Compliance compliance;
    private final ObjectMapper json;

    StatsResource(Statistics statistics, Compliance compliance, ObjectMapper json) {
        this.statistics = statistics;
        this.compliance = compliance;
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
                    + "recorded) or NOT_PUBLISHED, with the days counted in China's calendar.")
    @APIResponse(responseCode = "200", description = "a district", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "a district", value = Examples.COMPLIANCE)))
    public Response compliance(@Context Request request,
                               @Parameter(description = "fiscal year, e.g. 2020", required = true)
                               @QueryParam("year") String year,
                               @Parameter(description = "division code or its prefix")
                               @QueryParam("division") String division) {
        int fiscalYear = QueryParams.year(year);
        String prefix = QueryParams.division(division);
        List<Compliance.Department> departments = compliance.of(fiscalYear, prefix);
        Map<Compliance.Status, Integer> counts = new EnumMap<>(Compliance.Status.class);
        for (Compliance.Status status : Compliance.Status.values()) {
            counts.put(status, 0);
        }
        departments.forEach(d -> counts.merge(d.status(), 1, Integer::sum));
        ObjectNode body = json.createObjectNode();
        body.put("year", fiscalYear).put("division", prefix).put("dueDays", Compliance.DUE_DAYS);
        body.set("counts", json.valueToTree(counts));
        body.set("departments", json.valueToTree(departments));
        return CachedRead.ofBody(request, JsonText.write(json, body), Instant.now(), CachedRead.REVALIDATE,
                MediaType.APPLICATION_JSON);
    }

}
