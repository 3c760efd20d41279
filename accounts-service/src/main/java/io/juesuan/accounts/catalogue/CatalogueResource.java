package io.juesuan.accounts.catalogue;

import io.juesuan.platform.department.FiscalYear;
import io.juesuan.platform.paths.SerialNumber;
import io.juesuan.platform.problem.ProblemException;
import io.juesuan.platform.security.Caller;
import io.juesuan.platform.text.CsvLines;
import io.juesuan.platform.text.PlainText;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The year's 政府收支分类科目 as the finance bureau maintains them: function codes (功能分类) and economic codes
 * (经济分类), each loaded whole from the bureau's file as a new version. Reads are public; loads are the province's.
 */
@Path("/api/v1/catalogues/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogues / 科目目录")
public class CatalogueResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CatalogueStore store;
    private final SecurityIdentity identity;

    CatalogueResource(CatalogueStore store, SecurityIdentity identity) {
        this.store = store;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "The year's current catalogues: function and economic codes (public)")
    public Map<String, CatalogueView> current(@PathParam("year") FiscalYear year) {
        Map<String, CatalogueView> current = new LinkedHashMap<>();
        for (CatalogueKind kind : CatalogueKind.values()) {
            store.current(year.value(), kind).ifPresent(version -> current.put(kind.path(), CatalogueView.of(version,
                    true)));
        }
        if (current.isEmpty()) {
            throw ProblemException.notFound("没有 " + year.value() + " 年度的科目目录 / no catalogue of " + year.value());
        }
        return current;
    }

    @GET
    @Path("/{kind}")
    @PermitAll
    @Operation(summary = "One kind of the year's catalogue: the current version, or ?version=n (public)")
    public CatalogueView version(@PathParam("year") FiscalYear year, @PathParam("kind") String kind,
                                 @QueryParam("version") SerialNumber version) {
        return CatalogueView.of(find(year, kindOf(kind), version), true);
    }

    @GET
    @Path("/{kind}/diff")
    @PermitAll
    @Operation(summary = "Codes added, removed and renamed between two versions (?from=, ?to= the current by default)")
    public CatalogueDiff diff(@PathParam("year") FiscalYear year, @PathParam("kind") String kind,
                              @QueryParam("from") SerialNumber from, @QueryParam("to") SerialNumber to) {
        CatalogueKind which = kindOf(kind);
        if (from == null) {
            throw ProblemException.invalidField("from", "须指明比较的版本 / say which version to compare from");
        }
        return CatalogueDiff.between(find(year, which, from), find(year, which, to));
    }

    @PUT
    @Path("/{kind}")
    @PermissionsAllowed(CatalogueAccess.MAINTAIN)
    @Consumes({"text/csv", "text/tab-separated-values", MediaType.TEXT_PLAIN, XLSX})
    @Operation(summary = "Load the year's codes from the bureau's file as a new version (admins, provincial reviewers)",
            description = "code,name per line (CSV or TSV, UTF-8 or GBK, an optional header, # comments), or the "
                    + "first sheet of an .xlsx workbook (code and name in its first two columns); 类/款/项 by "
                    + "length (function 3/5/7, economic 3/5). The file is checked whole: a bad file is one 400 problem "
                    + "listing every bad line, and nothing is stored. A load that removes or renames a code that a "
                    + "published disclosure of the year uses is refused with 409 naming the departments, unless "
                    + "?force=true&reason=… The answer has the diff against the previous version and the previous "
                    + "year.")
    public Response load(@PathParam("year") FiscalYear year, @PathParam("kind") String kind,
                         @QueryParam("force") @DefaultValue("false") boolean force,
                         @QueryParam("reason") @Size(max = 500) String reason,
                         @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] file) {
        CatalogueKind which = kindOf(kind);
        byte[] bytes = file == null ? new byte[0] : file;
        List<CatalogueEntry> entries;
        String source;
        if (XLSX.equals(mediaType(contentType))) {
            entries = CatalogueFile.readXlsx(which, bytes);
            source = XLSX;
        } else {
            CsvLines.Decoded decoded = CsvLines.decodeUtf8OrGbk(bytes);
            entries = CatalogueFile.read(which, decoded.text());
            source = mediaType(contentType) + "; charset=" + decoded.charset().name();
        }
        CatalogueStore.Load load = store.load(year.value(), which, entries, Caller.of(identity).subject(), source,
                force, PlainText.checked("reason", reason));
        return Response.status(Response.Status.CREATED).entity(new LoadView(CatalogueView.of(load.loaded(), false),
                load.sincePrevious(), load.sincePreviousYear())).build();
    }

    /**
     * What a load did.
     *
     * @param loaded            the new version (without its codes)
     * @param sincePrevious     against the year's previous version; null for the first
     * @param sincePreviousYear against the previous year's current version; null when it has none
     */
    public record LoadView(CatalogueView loaded, CatalogueDiff sincePrevious, CatalogueDiff sincePreviousYear) {
    }

    private CatalogueVersion find(FiscalYear year, CatalogueKind kind, SerialNumber version) {
        return (version == null ? store.current(year.value(), kind) : store.version(year.value(), kind,
                version.value())).orElseThrow(() -> ProblemException.notFound("没有 " + year.value() + " 年度的"
                + kind.label() + (version == null ? "" : "第 " + version.value() + " 版") + " / no such catalogue"));
    }

    private static CatalogueKind kindOf(String path) {
        return CatalogueKind.ofPath(path).orElseThrow(() -> ProblemException.notFound("没有这种科目目录，可用 "
                + "function-codes、economic-codes / no such catalogue: function-codes or economic-codes"));
    }

    private static String mediaType(String contentType) {
        return contentType == null ? MediaType.TEXT_PLAIN : contentType.split(";")[0].strip();
    }
}
