package io.juesuan.platform.paths;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks the path's identifiers by name as soon as a request is matched to a method, so a method that does not
 * take one of them (or takes it as a plain string) is still never reached through a misspelt path: 404.
 */
public class PathSpelling {

    @ServerRequestFilter
    public void check(UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : uri.getPathParameters().entrySet()) {
            Function<String, ?> parser = PathIdentifiers.BY_NAME.get(parameter.getKey());
            if (parser != null) {
                for (String value : parameter.getValue()) {
                    try {
                        parser.apply(value);
                    } catch (IllegalArgumentException e) {
                        throw PathIdentifiers.noSuchPath(e);
                    }
                }
            }
        }
    }
}
