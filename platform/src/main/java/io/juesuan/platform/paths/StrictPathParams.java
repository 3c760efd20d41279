package io.juesuan.platform.paths;

import io.juesuan.platform.problem.ProblemException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Parses the platform's identifiers once, where a request enters: a path whose department, year, table or number
 * is spelt any other way than the canonical one names no resource (404, before any handler or access check runs);
 * the same value in a query string is invalid input naming the parameter (400).
 */
@Provider
public class StrictPathParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> parser = PathIdentifiers.BY_TYPE.get(rawType);
        if (parser == null) {
            return null;
        }
        String query = queryName(annotations);
        return new ParamConverter<>() {
            @Override
            public T fromString(String text) {
                try {
                    return (T) parser.apply(text);
                } catch (IllegalArgumentException e) {
                    throw query == null ? PathIdentifiers.noSuchPath(e) : ProblemException.invalidField(query,
                            e.getMessage());
                }
            }

            @Override
            public String toString(T value) {
                return value.toString();
            }
        };
    }

    /** The query parameter's name when the value comes from the query string; null for a path segment. */
    private static String queryName(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    return query.value();
                }
                if (annotation instanceof PathParam) {
                    return null;
                }
            }
        }
        return null;
    }
}
