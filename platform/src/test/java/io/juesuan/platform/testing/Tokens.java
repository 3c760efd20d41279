package io.juesuan.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Bearer tokens signed with the repository's dev key, as {@code deploy/local/token.sh} mints them. */
public final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static PrivateKey key;

    private Tokens() {
    }

    public static String admin() {
        return mint("admin", null, null);
    }

    public static String discloser(String departmentCode) {
        return mint("discloser", departmentCode, null);
    }

    public static String reviewer(String divisionPrefix) {
        return mint("reviewer", null, divisionPrefix);
    }

    public static String mint(String role, String departmentCode, String divisionPrefix) {
        return sign(claims(role, departmentCode, divisionPrefix));
    }

    /** The claims {@link #mint} signs, for a test to spoil one of them before {@link #sign}. */
    public static ObjectNode claims(String role, String departmentCode, String divisionPrefix) {
        long now = Instant.now().getEpochSecond();
        ObjectNode claims = JSON.createObjectNode()
                .put("iss", "https://juesuan.local/dev")
                .put("sub", role + (departmentCode != null ? "-" + departmentCode : "")
                        + (divisionPrefix != null ? "-" + divisionPrefix : ""))
                .put("iat", now).put("exp", now + 3600).put("jti", UUID.randomUUID().toString());
        claims.put("upn", claims.get("sub").asText());
        claims.putArray("groups").add(role);
        if (departmentCode != null) {
            claims.put("dept", departmentCode);
        }
        if (divisionPrefix != null) {
            claims.put("division", divisionPrefix);
        }
        return claims;
    }

    /** The claims signed with the dev key (RS256), as the dev issuer would. */
    public static String sign(ObjectNode claims) {
        String signingInput = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + encode(claims.toString());
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims with {@code alg: none} and no signature. */
    public static String unsigned(ObjectNode claims) {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(claims.toString()) + ".";
    }

    /** The claims signed with HS256 keyed with the verifier's public key (the algorithm-confusion attack). */
    public static String hmacWithPublicKey(ObjectNode claims) {
        String signingInput = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + encode(claims.toString());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Files.readAllBytes(devFile("dev-public.pem")), "HmacSHA256"));
            return signingInput + "." + BASE64URL.encodeToString(mac.doFinal(signingInput.getBytes(
                    StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid token whose signature was replaced. */
    public static String forged(String token) {
        return token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized PrivateKey key() throws GeneralSecurityException {
        if (key == null) {
            Path file = devFile("dev-private.pem");
            try {
                String pem = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                        .decode(pem)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return key;
    }

    private static Path devFile(String name) {
        Path file = Path.of("deploy/local/jwt").resolve(name);
        return Files.exists(file) ? file : Path.of("..").resolve(file);
    }
}
