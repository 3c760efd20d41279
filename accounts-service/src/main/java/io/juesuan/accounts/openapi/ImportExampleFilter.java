package io.juesuan.accounts.openapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Gives the import ({@code PUT /api/v1/final-accounts/{departmentCode}/{year}}) the seed's whole 2020 document as
 * its example, so Swagger UI's "try it out" starts from a real disclosure. The example is the demo file itself,
 * copied into the build, so it cannot drift from what the tests load.
 */
public class ImportExampleFilter implements OASFilter {

    static final String PATH = "/api/v1/final-accounts/{departmentCode}/{year}";
    static final String EXAMPLE = "examples/final-accounts.json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PathItem item = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem(PATH);
        if (item == null || item.getPUT() == null || item.getPUT().getRequestBody() == null
                || item.getPUT().getRequestBody().getContent() == null) {
            return;
        }
        MediaType json = item.getPUT().getRequestBody().getContent().getMediaType("application/json");
        if (json != null) {
            json.addExample("seed-2020", OASFactory.createExample()
                    .summary("泉州市鲤城区工业和信息化局 2020 年度部门决算（公开文本的完整转录）")
                    .description("The seed disclosure transcribed as printed: its declared totals, the figures its "
                            + "explanations state, and its slips included.")
                    .value(seedDocument()));
        }
    }

    private static Object seedDocument() {
        try (InputStream in = ImportExampleFilter.class.getClassLoader().getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(EXAMPLE + " is missing from the build");
            }
            return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
