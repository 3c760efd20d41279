package io.juesuan.accounts.openapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What the annotations cannot say. The import ({@code PUT /api/v1/final-accounts/{departmentCode}/{year}}) gets the
 * seed's whole 2020 document as its example, so Swagger UI's "try it out" starts from a real disclosure; the
 * example is the demo file itself, copied into the build, so it cannot drift from what the tests load. A printed
 * cell gets the schema of its JSON (a number, "-" or null), not that of the record holding it.
 */
public class OpenApiAdditions implements OASFilter {

    static final String PATH = "/api/v1/final-accounts/{departmentCode}/{year}";
    static final String EXAMPLE = "examples/final-accounts.json";
    static final String PRINTED_CELL = "PrintedCell";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addImportExample(openAPI);
        describePrintedCell(openAPI);
    }

    private static void describePrintedCell(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey(PRINTED_CELL)) {
            return;
        }
        openAPI.getComponents().addSchema(PRINTED_CELL, OASFactory.createSchema()
                .oneOf(List.of(OASFactory.createSchema().addType(Schema.SchemaType.NUMBER),
                        OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("-")),
                        OASFactory.createSchema().addType(Schema.SchemaType.NULL)))
                .description("所列单元格：数字为所印数额，\"-\" 为所印横线，null 为所印空白，三者各按原样保存与公开 / a "
                        + "printed cell: a number, \"-\" for a dash, null for a blank; each is kept and served as "
                        + "printed"));
    }

    private static void addImportExample(OpenAPI openAPI) {
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
        try (InputStream in = OpenApiAdditions.class.getClassLoader().getResourceAsStream(EXAMPLE)) {
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
