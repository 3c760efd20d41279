package io.juesuan.procurement.ocds;

import io.juesuan.platform.access.DepartmentAccess;
import io.juesuan.platform.department.DepartmentCode;
import io.juesuan.platform.department.FiscalYear;
import io.juesuan.platform.part.DepartmentYearParts;
import io.juesuan.platform.problem.ProblemException;
import io.juesuan.procurement.contracts.Contract;
import io.juesuan.procurement.summary.Procurement;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** The department-year's contracts as an Open Contracting Data Standard 1.1 release package. */
@Path("/api/v1/procurement/{departmentCode}/{year}/ocds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Government procurement / 政府采购")
public class OcdsResource {

    /** The publisher's OCDS settings. */
    @ConfigMapping(prefix = "juesuan.procurement.ocds")
    public interface Settings {

        /** The ocid prefix registered with the Open Contracting Partnership; set the real one in production. */
        @WithDefault("ocds-jsuan0")
        String ocidPrefix();

        @WithDefault("决算公开平台 Juesuan")
        String publisherName();
    }

    private final Settings settings;

    OcdsResource(Settings settings) {
        this.settings = settings;
    }

    @GET
    @PermissionsAllowed(DepartmentAccess.WORK_ON)
    @Transactional
    @Operation(summary = "The contracts as an OCDS 1.1 release package: buyer, suppliers with scale, awards, contracts")
    public Map<String, Object> releasePackage(@PathParam("departmentCode") DepartmentCode departmentCode,
                                              @PathParam("year") FiscalYear year, @Context UriInfo uri) {
        String code = departmentCode.value();
        Procurement procurement = DepartmentYearParts.find(Procurement.class, code, year.value())
                .orElseThrow(() -> ProblemException.notFound("部门 " + departmentCode + " 无 " + year
                        + " 年度政府采购 / no procurement of " + departmentCode + " for " + year));
        return OcdsExport.releasePackage(uri.getAbsolutePath().toString(), settings.publisherName(),
                settings.ocidPrefix(), code, year.value(), Contract.of(procurement.id), procurement.updatedAt);
    }
}
