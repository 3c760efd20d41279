package io.juesuan.accounts.layout;

import io.juesuan.platform.department.FiscalYear;
import io.juesuan.platform.paths.SerialNumber;
import io.juesuan.platform.problem.ProblemException;
import io.juesuan.platform.security.Caller;
import io.juesuan.platform.text.CsvLines;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Layout profiles: how a region prints its disclosure from a year on. Each is one tab-separated file, loaded whole
 * as a new version; a disclosure keeps the version it was checked and printed with. Reads are public.
 */
@Path("/api/v1/layout-profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Layout profiles / 版式")
public class ProfileResource {

    static final String TSV = "text/tab-separated-values";

    private final ProfileStore store;
    private final SecurityIdentity identity;

    ProfileResource(ProfileStore store, SecurityIdentity identity) {
        this.store = store;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "The current version of every layout profile (public)",
            description = "A department-year is printed with the profile of the most specific region that covers its "
                    + "division and has one for the year, and of that region's the latest first year not after the "
                    + "year; the national default covers every division.")
    public List<LayoutRef> current() {
        return store.currentAll().stream().map(LayoutProfile::ref).toList();
    }

    @GET
    @Path("/{region}/{fromYear}")
    @PermitAll
    @Operation(summary = "One layout profile: the current version, or ?version=n (public)")
    public ProfileView version(@PathParam("region") String region, @PathParam("fromYear") FiscalYear fromYear,
                               @QueryParam("version") SerialNumber version) {
        return ProfileView.of(find(region, fromYear, version));
    }

    @GET
    @Path("/{region}/{fromYear}/file")
    @PermitAll
    @Produces(TSV + ";charset=UTF-8")
    @Operation(summary = "The file a layout profile version was loaded from, as loaded (public)")
    public String file(@PathParam("region") String region, @PathParam("fromYear") FiscalYear fromYear,
                       @QueryParam("version") SerialNumber version) {
        return find(region, fromYear, version).file();
    }

    @PUT
    @Path("/{region}/{fromYear}")
    @PermissionsAllowed(ProfileAccess.MAINTAIN)
    @Consumes({TSV, MediaType.TEXT_PLAIN})
    @Operation(summary = "Load a region's layout profile from its file as a new version (admins; provincial reviewers "
            + "for their province)",
            description = "One tab-separated file, UTF-8 or GBK, as docs/layout-profiles.md describes; its profile lines "
                    + "name the same region and first year as the path. The file is checked whole: a bad file is "
                    + "one 400 problem listing every bad line, and nothing is stored. Disclosures saved afterwards "
                    + "are checked and printed with the new version; submitted and published ones keep theirs.")
    public Response load(@PathParam("region") String region, @PathParam("fromYear") FiscalYear fromYear,
                         byte[] file) {
        ProfileKey key = keyOf(region, fromYear);
        CsvLines.Decoded decoded = CsvLines.decodeUtf8OrGbk(file == null ? new byte[0] : file);
        ProfileDefinition definition = ProfileFile.read(decoded.text());
        if (!definition.key().equals(key)) {
            throw ProblemException.invalidField("region", "文件的 profile 行是 " + definition.key() + "，与路径 " + key
                    + " 不一致 / the file's profile lines say " + definition.key() + ", the path " + key);
        }
        LayoutProfile loaded = store.load(definition, decoded.text(), Caller.of(identity).subject(),
                TSV + "; charset=" + decoded.charset().name());
        return Response.status(Response.Status.CREATED).entity(loaded.ref()).build();
    }

    private ProfileStore.Stored find(String region, FiscalYear fromYear, SerialNumber version) {
        ProfileKey key = keyOf(region, fromYear);
        Integer wanted = version == null ? null : version.value() > Integer.MAX_VALUE ? -1 : (int) version.value();
        return store.find(key, wanted).orElseThrow(() -> ProfileStore.notFound(key, wanted));
    }

    private static ProfileKey keyOf(String region, FiscalYear fromYear) {
        if (!ProfileKey.isRegion(region)) {
            throw ProblemException.notFound("没有这个地区：national 或2、4、6位行政区划代码前缀 / no such region: national "
                    + "or a 2, 4 or 6 digit division prefix");
        }
        return new ProfileKey(region, fromYear.value());
    }
}
