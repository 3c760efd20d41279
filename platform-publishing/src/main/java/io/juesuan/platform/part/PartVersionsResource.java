package io.juesuan.platform.part;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * {@code .../versions} of any part, mounted by each service's resource as a sub-resource: the published
 * versions stay readable after corrections.
 */
@Produces(MediaType.APPLICATION_JSON)
public class PartVersionsResource {

    private final PublishedVersions versions;
    private final PartKind kind;
    private final String departmentCode;
    private final int year;

    public PartVersionsResource(PublishedVersions versions, PartKind kind, String departmentCode, int year) {
        this.versions = versions;
        this.kind = kind;
        this.departmentCode = departmentCode;
        this.year = year;
    }

    @GET
    @Operation(summary = "Every published version, oldest first")
    public List<PublicationView> list() {
        return versions.list(kind, departmentCode, year);
    }

    @GET
    @Path("/{version}")
    @Operation(summary = "One published version exactly as it was published")
    public String version(@PathParam("version") int version) {
        return versions.payload(kind, departmentCode, year, version);
    }
}
