package io.juesuan.accounts.validation;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The rules every save is checked against, so a finding's rule id can be looked up. */
@Path("/api/v1/validation-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Final accounts / 部门决算")
public class ValidationRulesResource {

    @GET
    @PermitAll
    @Operation(summary = "The catalogue of validation rules of the final accounts: id, severities, what each checks")
    public List<ValidationRule> rules() {
        return ValidationRules.all();
    }
}
