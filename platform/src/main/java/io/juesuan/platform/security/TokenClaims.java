package io.juesuan.platform.security;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.juesuan.platform.text.AsciiDigits;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * The claims of a token whose signature, issuer and expiry were already verified, held to the shapes the platform
 * relies on before anything reads them: a token that does not fit is refused as a whole (401), never half
 * understood. Read from the token's own JSON, so that a claim's type is the type its issuer wrote.
 * <ul>
 * <li>{@code sub}: a non-empty string (the audit log names it).</li>
 * <li>{@code groups}: an array of one or more of the platform's roles, nothing else.</li>
 * <li>{@code dept}: nine ASCII digits, required of a discloser; {@code division}: 2 to 9 ASCII digits, required
 * of a reviewer.</li>
 * <li>{@code iat} and {@code nbf}: numbers not later than now plus the allowed clock skew.</li>
 * </ul>
 */
public final class TokenClaims {

    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Why a token was refused; its message goes to the caller. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private TokenClaims() {
    }

    public static Caller check(String rawToken, Instant now) throws Refused {
        JsonNode claims = payload(rawToken);
        String subject = text(claims, "sub");
        if (subject == null || subject.isBlank()) {
            throw new Refused("令牌须有 sub / the token names no subject (sub)");
        }
        Set<String> roles = roles(claims.get("groups"));
        String department = text(claims, "dept");
        String division = text(claims, "division");
        if (department != null && !AsciiDigits.only(department, 9, 9)) {
            throw new Refused("dept 须为9位数字 / dept must be nine digits");
        }
        if (division != null && !AsciiDigits.only(division, 2, 9)) {
            throw new Refused("division 须为2至9位数字 / division must be 2 to 9 digits");
        }
        if (roles.contains(Caller.DISCLOSER) && department == null) {
            throw new Refused("信息公开员令牌须有 dept / a discloser's token names its department (dept)");
        }
        if (roles.contains(Caller.REVIEWER) && division == null) {
            throw new Refused("审核人令牌须有 division / a reviewer's token names its division (division)");
        }
        notInFuture(claims, "iat", now);
        notInFuture(claims, "nbf", now);
        return new Caller(subject, roles, department, division);
    }

    private static JsonNode payload(String rawToken) throws Refused {
        String[] parts = rawToken == null ? new String[0] : rawToken.split("\\.", -1);
        if (parts.length != 3) {
            throw new Refused("令牌格式有误 / not a signed JWT");
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            if (claims == null || !claims.isObject()) {
                throw new Refused("令牌内容须为对象 / the token's claims are not an object");
            }
            return claims;
        } catch (IOException | IllegalArgumentException e) {
            throw new Refused("令牌内容无法解析 / the token's claims are not JSON");
        }
    }

    /** A claim that must be a string when present; null when absent. */
    private static String text(JsonNode claims, String name) throws Refused {
        JsonNode value = claims.get(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new Refused(name + " 须为字符串 / " + name + " must be a string");
        }
        return value.textValue();
    }

    private static Set<String> roles(JsonNode groups) throws Refused {
        if (groups == null || !groups.isArray() || groups.isEmpty()) {
            throw new Refused("groups 须为角色数组 / groups must be an array of roles");
        }
        Set<String> roles = new HashSet<>();
        for (JsonNode group : groups) {
            if (!group.isTextual() || !Caller.ROLES.contains(group.textValue())) {
                throw new Refused("groups 含未知角色 / groups holds something other than " + Caller.ROLES);
            }
            roles.add(group.textValue());
        }
        return roles;
    }

    private static void notInFuture(JsonNode claims, String name, Instant now) throws Refused {
        JsonNode value = claims.get(name);
        if (value == null) {
            return;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new Refused(name + " 须为整数秒 / " + name + " must be a number of seconds");
        }
        if (value.longValue() > now.plus(CLOCK_SKEW).getEpochSecond()) {
            throw new Refused(name + " 晚于当前时间 / " + name + " lies in the future");
        }
    }
}
