package io.juesuan.platform.part;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The outcome of saving a working copy.
 *
 * @param created  whether the save created it
 * @param revision its revision after the save, the ETag
 * @param view     the working copy as stored
 */
public record SaveResult<V>(boolean created, long revision, V view) {

    /** 201 with Location when created, else 200; the body is the stored view, the ETag its revision. */
    public Response toResponse(UriInfo uri) {
        Response.ResponseBuilder response = created ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.entity(view).tag(Revisions.etag(revision)).build();
    }
}
