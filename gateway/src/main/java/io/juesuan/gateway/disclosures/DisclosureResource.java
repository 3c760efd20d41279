package io.juesuan.gateway.disclosures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.juesuan.gateway.web.CachedRead;
import io.juesuan.gateway.web.Examples;
import io.juesuan.gateway.web.JsonText;
import io.juesuan.gateway.web.QueryParams;
import io.juesuan.platform.department.DepartmentCode;
import io.juesuan.platform.department.FiscalYear;
import io.juesuan.platform.paths.TableNumber;
import io.juesuan.platform.problem.ProblemException;
import io.juesuan.platform.text.PlainText;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

@Path("/api/v1/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosures / 部门决算公开")
@PermitAll
public class DisclosureResource {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String JSON_LINES = "application/jsonl";

    private final Disclosures disclosures;
    private final DisclosureList list;
    private final YearExport export;
    private final ObjectMapper json;
    private final NewestDocuments newest;

    DisclosureResource(Disclosures disclosures, DisclosureList list, YearExport export, ObjectMapper json,
                       NewestDocuments newest) {
        this.newest = newest;
        this.disclosures = disclosures;
        this.list = list;
        this.export = export;
        this.json = json;
    }

    @GET
    @Operation(summary = "Published disclosures, filtered and paged",
            description = "In department code and year order. Pass the page's nextCursor as cursor for the next "
                    + "page; a page without nextCursor is the last.")
    @APIResponse(responseCode = "200", description = "a page of the list", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "a page of the list", value = Examples.LIST)))
    public Response list(@Context Request request,
                         @Parameter(description = "fiscal year, e.g. 2020") @QueryParam("year") String year,
                         @Parameter(description = "administrative division code or its prefix, e.g. 35, 3505, 350502")
                         @QueryParam("division") String division,
                         @Parameter(description = "part of the department's name, e.g. 工业和信息化")
                         @QueryParam("q") @Size(min = 1, max = 100) String q,
                         @QueryParam("cursor") String cursor,
                         @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        ListCursor after = cursor == null ? null : ListCursor.decode(cursor);
        Integer fiscalYear = year == null ? null : QueryParams.year(year);
        DisclosureList.Filter filter = new DisclosureList.Filter(fiscalYear, QueryParams.division(division),
                PlainText.checked("q", q));
        List<DisclosureList.Item> items = list.page(filter, after, limit);
        ObjectNode page = json.createObjectNode();
        ArrayNode array = page.putArray("items");
        Instant lastModified = Instant.EPOCH;
        for (DisclosureList.Item item : items.subList(0, Math.min(limit, items.size()))) {
            ObjectNode node = array.addObject();
            node.put("departmentCode", item.departmentCode());
            node.put("year", item.year());
            node.put("departmentName", item.departmentName());
            node.put("divisionCode", item.divisionCode());
            node.put("version", item.version());
            node.put("lastPublishedAt", item.lastPublishedAt().toInstant().toString());
            node.put("href", "/api/v1/disclosures/" + item.departmentCode() + "/" + item.year());
            if (item.lastPublishedAt().toInstant().isAfter(lastModified)) {
                lastModified = item.lastPublishedAt().toInstant();
            }
        }
        DisclosureList.Item last = items.size() > limit ? items.get(limit - 1) : null;
        page.put("nextCursor", last == null ? null : new ListCursor(last.departmentCode(), last.year()).encode());
        return CachedRead.ofBody(request, JsonText.write(json, page), lastModified, CachedRead.REVALIDATE,
                MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("/export")
    @Produces(JSON_LINES)
    @Operation(summary = "Every published disclosure of a year as JSON Lines",
            description = "One assembled disclosure per line, in department code order: the bulk download of a "
                    + "year for the provincial platform. Follow the change feed afterwards for what changes.")
    public Response export(@Context Request request,
                           @Parameter(description = "fiscal year, e.g. 2020", required = true)
                           @QueryParam("year") String fiscalYear) {
        int year = QueryParams.year(fiscalYear);
        YearExport.Stamp stamp = export.stamp(year);
        Response response = CachedRead.of(request, new EntityTag("export-" + year + "-" + stamp.lastSequence()),
                stamp.lastPublishedAt(), CachedRead.REVALIDATE, JSON_LINES, () -> export.of(year));
        return Response.fromResponse(response)
                .header("Content-Disposition", "attachment; filename=\"disclosures-" + year + ".jsonl\"").build();
    }

    @GET
    @Path("/{departmentCode}/{year}")
    @Operation(summary = "The published disclosure of a department-year",
            description = "Assembled from the latest published version of each part (final accounts, performance "
                    + "evaluation, procurement), with each part's version and the history of publications and "
                    + "corrections. With version, that earlier published version as it stood. Drafts are never shown.")
    public Response disclosure(@Context Request request,
                               @PathParam("departmentCode") DepartmentCode department,
                               @PathParam("year") FiscalYear fiscalYear,
                               @Parameter(description = "an earlier published version; the newest when absent")
                               @QueryParam("version") @Min(1) Integer version) {
        String departmentCode = department.value();
        int year = fiscalYear.value();
        long stamp = newest.stamp();
        Disclosures.Head head = head(departmentCode, year, version);
        EntityTag tag = tag(departmentCode, year, head.version(), "");
        Instant publishedAt = head.publishedAt().toInstant();
        // the body is the version the tag names, even if a newer one lands between the two reads
        return CachedRead.of(request, tag, publishedAt, version == null ? CachedRead.NEWEST : CachedRead.IMMUTABLE,
                MediaType.APPLICATION_JSON, () -> {
                    byte[] body = stored(departmentCode, year, head.version()).document()
                            .getBytes(StandardCharsets.UTF_8);
                    if (version == null) {
                        // the next reads of the newest version are answered by NewestDisclosureRoute
                        newest.offer(departmentCode, year, stamp,
                                NewestDocuments.Entry.of(head.version(), publishedAt, tag.getValue(), body));
                    }
                    return body;
                });
    }

    @GET
    @Path("/{departmentCode}/{year}/tables/{no}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "One of the nine public tables, as rows and columns",
            description = "Amounts in 万元 as exact decimals. Accept: text/csv gives the same table as CSV.")
    @APIResponse(responseCode = "200", description = "the table", content = {
        @Content(mediaType = "application/json"),
        @Content(mediaType = CSV, examples = @ExampleObject(name = "table 01 as CSV", value = Examples.TABLE_CSV))})
    public Response table(@Context Request request, @Context HttpHeaders headers,
                          @PathParam("departmentCode") DepartmentCode department,
                          @PathParam("year") FiscalYear fiscalYear,
                          @PathParam("no") TableNumber no,
                          @QueryParam("version") @Min(1) Integer version) {
        return tableAs(request, department.value(), fiscalYear.value(), no.value(), version, prefersCsv(headers));
    }

    /** CSV when the client ranks it above JSON; JSON for anything else, a bare Accept: *&#47;* included. */
    private static boolean prefersCsv(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType()) {
                return false;
            }
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(MediaType.valueOf("text/csv"))) {
                return true;
            }
        }
        return false;
    }

    /** The table's tag comes from the version alone, so a revalidation is answered before the document is read. */
    private Response tableAs(Request request, String departmentCode, int year, String no, Integer version,
                             boolean csv) {
        Disclosures.Head head = head(departmentCode, year, version);
        EntityTag tag = tag(departmentCode, year, head.version(), "-t" + no + (csv ? "-csv" : ""));
        CacheControl cacheControl = version == null ? CachedRead.NEWEST : CachedRead.IMMUTABLE;
        Response response = CachedRead.of(request, tag, head.publishedAt().toInstant(), cacheControl,
                csv ? CSV : MediaType.APPLICATION_JSON, () -> {
                    JsonNode table = table(stored(departmentCode, year, head.version()), no, departmentCode, year);
                    return csv ? TableCsv.render(table) : JsonText.write(json, table);
                });
        return Response.fromResponse(response).header("Vary", "Accept").build();
    }

    private JsonNode table(Disclosures.Stored stored, String no, String departmentCode, int year) {
        JsonNode table = JsonText.read(json, stored.document()).path("finalAccounts").path("tables").path(no);
        if (table.isMissingNode()) {
            throw ProblemException.notFound("部门 " + departmentCode + " " + year + " 年度决算尚未公开第" + no
                    + "表 / table " + no + " is not published for " + departmentCode + " " + year);
        }
        return table;
    }

    @GET
    @Path("/{departmentCode}/{year}/diff")
    @Operation(summary = "What changed between two published versions, value by value, with the corrections' reasons",
            description = "to defaults to the newest version, from to the one before it. Table cells are named by "
                    + "table, row and column.")
    @APIResponse(responseCode = "200", description = "a correction of table 02", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "a correction of table 02", value = Examples.DIFF)))
    public Response diff(@Context Request request,
                         @PathParam("departmentCode") DepartmentCode department,
                         @PathParam("year") FiscalYear fiscalYear,
                         @QueryParam("from") @Min(1) Integer from,
                         @QueryParam("to") @Min(1) Integer to) {
        String departmentCode = department.value();
        int year = fiscalYear.value();
        int newest = disclosures.head(departmentCode, year).orElseThrow(() -> notPublished(departmentCode, year))
                .version();
        int target = to == null ? newest : to;
        int base = from == null ? target - 1 : from;
        if (base < 1 || base >= target) {
            throw ProblemException.invalidField("from", "须为早于 to（" + target + "）的已发布版本 / must be a published "
                    + "version before to (" + target + ")");
        }
        Disclosures.Stored after = stored(departmentCode, year, target);
        JsonNode afterDocument = JsonText.read(json, after.document());
        JsonNode beforeDocument = JsonText.read(json, stored(departmentCode, year, base).document());
        ObjectNode diff = json.createObjectNode();
        diff.put("departmentCode", departmentCode).put("year", year).put("from", base).put("to", target);
        ArrayNode publications = diff.putArray("publications");
        for (JsonNode change : afterDocument.path("history")) {
            if (change.path("version").asInt() > base) {
                publications.add(change);
            }
        }
        diff.set("changes", json.valueToTree(DocumentDiff.between(beforeDocument, afterDocument)));
        return CachedRead.of(request, tag(departmentCode, year, target, "-diff-" + base),
                after.publishedAt().toInstant(), to == null ? CachedRead.NEWEST : CachedRead.IMMUTABLE,
                MediaType.APPLICATION_JSON, () -> JsonText.write(json, diff));
    }


    /** The newest version's number and time, or the given version's: no document read. */
    private Disclosures.Head head(String departmentCode, int year, Integer version) {
        return version == null
                ? disclosures.head(departmentCode, year).orElseThrow(() -> notPublished(departmentCode, year))
                : disclosures.head(departmentCode, year, version)
                .orElseThrow(() -> noVersion(departmentCode, year, version));
    }

    private Disclosures.Stored stored(String departmentCode, int year, int version) {
        return disclosures.version(departmentCode, year, version)
                .orElseThrow(() -> noVersion(departmentCode, year, version));
    }

    private static ProblemException noVersion(String departmentCode, int year, int version) {
        return ProblemException.notFound("部门 " + departmentCode + " " + year + " 年度决算没有第 " + version
                + " 版 / no published version " + version + " of " + departmentCode + " for " + year);
    }

    private static ProblemException notPublished(String departmentCode, int year) {
        return ProblemException.notFound("部门 " + departmentCode + " 尚未公开 " + year + " 年度决算 / no published "
                + "disclosure of " + departmentCode + " for " + year);
    }

    private static EntityTag tag(String departmentCode, int year, int version, String variant) {
        return new EntityTag(departmentCode + "-" + year + "-v" + version + variant);
    }


}
